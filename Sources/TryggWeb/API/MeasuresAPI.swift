import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// `/api/v1/measures` and their evaluations, with the pages' rules and permissions.
struct MeasuresAPI {
    struct EvaluationJSON: Encodable {
        var measure: UUID
        var versions: [EvaluationDesign]
        var outcome: EvaluationOutcome?
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, APIRoute.measures) { _, _, signedIn in
            try JSONResponse.make(try await signedIn.stores.measures.all())
        }
        router.on(.post, APIRoute.measures) { request, _, signedIn in
            let form = try await ProblemsAPI.body(request)
            guard let problem = UUID(uuidString: form["problem"]) else {
                throw AppError.invalid([.init("problem", form["problem"].isEmpty ? .required : .unknown)])
            }
            _ = try await signedIn.workableProblem(problem)
            let draft = try MeasureForm.read(form, problemID: problem).get()
            return try JSONResponse.make(
                try await signedIn.stores.measures.create(draft, by: signedIn.user), status: .created)
        }
        router.on(.get, APIRoute.measure(.key)) { _, context, signedIn in
            guard let measure = try await signedIn.stores.measures.find(try context.id()) else {
                throw AppError.notFound
            }
            return try JSONResponse.make(measure)
        }
        router.on(.put, APIRoute.measure(.key)) { request, context, signedIn in
            let id = try context.id()
            let (measure, _) = try await signedIn.workableMeasure(id)
            let form = try await ProblemsAPI.body(request)
            let draft = try MeasureForm.read(form, problemID: measure.problemID).get()
            return try JSONResponse.make(
                try await signedIn.stores.measures.apply(
                    id, .edit(draft), expectedVersion: try ProblemsAPI.version(form), by: signedIn.user))
        }
        router.on(.post, APIRoute.measureSteps(.key)) { request, context, signedIn in
            let id = try context.id()
            let form = try await ProblemsAPI.body(request)
            let step = try MeasureStepForm.read(form)
            try await step.change.check(measure: id, by: signedIn)
            return try JSONResponse.make(
                try await signedIn.stores.measures.apply(
                    id, step.change, expectedVersion: step.change.isLog ? nil : try ProblemsAPI.version(form),
                    decision: step.decision,
                    by: signedIn.user))
        }
        router.on(.get, APIRoute.measureHistory(.key)) { _, context, signedIn in
            let id = try context.id()
            guard try await signedIn.stores.measures.find(id) != nil else { throw AppError.notFound }
            return try JSONResponse.make(try await signedIn.stores.measures.history.entries(id))
        }
        router.on(.get, APIRoute.measureEvaluation(.key)) { _, context, signedIn in
            try JSONResponse.make(try await evaluation(try context.id(), signedIn))
        }
        router.on(.put, APIRoute.measureEvaluation(.key)) { request, context, signedIn in
            let id = try context.id()
            _ = try await signedIn.workableMeasure(id)
            let form = try await ProblemsAPI.body(request)
            let design = try EvaluationForm.read(form, measureID: id, actor: signedIn.user.id).get()
            _ = try await signedIn.stores.evaluations.save(
                design, expectedVersion: try ProblemsAPI.version(form), by: signedIn.user)
            return try JSONResponse.make(try await evaluation(id, signedIn))
        }
        router.on(.get, APIRoute.evaluations) { _, _, signedIn in
            let register = try await MeasureRegister.load(signedIn.stores)
            return try JSONResponse.make(register.lines.compactMap(\.outcome))
        }
    }

    func evaluation(_ id: UUID, _ signedIn: SignedInUser) async throws -> EvaluationJSON {
        guard try await signedIn.stores.measures.find(id) != nil else { throw AppError.notFound }
        let versions = try await signedIn.stores.evaluations.versions(measure: id)
        var outcome: EvaluationOutcome?
        if let current = versions.last { outcome = try await signedIn.stores.evaluations.outcome(current) }
        return EvaluationJSON(measure: id, versions: versions, outcome: outcome)
    }
}
