import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// `/api/v1/problems`: the problems pages' reads and steps for scripts, with the same rules and permissions.
/// Bodies are the form's fields as JSON (`{"title": "…", "indicators": ["skadegorelse"], "version": 3}`).
struct ProblemsAPI {
    struct ProblemJSON: Encodable {
        var problem: Problem
        var measures: [UUID]
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, APIRoute.problems) { _, _, signedIn in
            try JSONResponse.make(try await signedIn.stores.problems.all())
        }
        router.on(.post, APIRoute.problems) { request, _, signedIn in
            let form = try await Self.body(request)
            let problem = try await signedIn.stores.problems.create(ProblemForm.draft(form), by: signedIn.user)
            return try JSONResponse.make(problem, status: .created)
        }
        router.on(.get, APIRoute.problem(.key)) { _, context, signedIn in
            let id = try context.id()
            guard let problem = try await signedIn.stores.problems.find(id) else { throw AppError.notFound }
            let measures = try await signedIn.stores.measures.all(problem: id).map(\.id)
            return try JSONResponse.make(ProblemJSON(problem: problem, measures: measures))
        }
        router.on(.put, APIRoute.problem(.key)) { request, context, signedIn in
            _ = try await signedIn.workableProblem(try context.id())
            let form = try await Self.body(request)
            let problem = try await signedIn.stores.problems.apply(
                try context.id(), .edit(ProblemForm.draft(form)), expectedVersion: try Self.version(form),
                by: signedIn.user)
            return try JSONResponse.make(problem)
        }
        router.on(.post, APIRoute.problemSteps(.key)) { request, context, signedIn in
            _ = try await signedIn.workableProblem(try context.id())
            let form = try await Self.body(request)
            let step = try ProblemStepForm.read(form)
            try step.change.check(by: signedIn.user)
            let problem = try await signedIn.stores.problems.apply(
                try context.id(), step.change, expectedVersion: try Self.version(form), decision: step.decision,
                by: signedIn.user)
            return try JSONResponse.make(problem)
        }
        router.on(.get, APIRoute.problemHistory(.key)) { _, context, signedIn in
            let id = try context.id()
            guard try await signedIn.stores.problems.find(id) != nil else { throw AppError.notFound }
            return try JSONResponse.make(try await signedIn.stores.problems.history.entries(id))
        }
    }

    /// A JSON body read as the form's fields.
    static func body(_ request: Request) async throws -> FormData {
        var request = request
        return FormData(json: try await request.json([String: FieldValue].self))
    }

    /// The version the caller saw: required, so a script cannot overwrite a change it has not seen.
    static func version(_ form: FormData) throws -> Int {
        guard let version = Int(form["version"]) else {
            throw AppError.invalid([.init("version", form["version"].isEmpty ? .required : .invalidNumber)])
        }
        return version
    }
}
