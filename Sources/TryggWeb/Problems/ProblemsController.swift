import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The problems pages: the list, raising and editing one, and its page with the steps of its life.
struct ProblemsController {
    let renderer: PageRenderer

    /// The list of problems, open ones first.
    struct ListPage: Sendable {
        var intro: String
        var newHref: String?
        var rows: [Row]

        struct Row: Sendable {
            var code: String
            var title: String
            var href: String
            var status: String
            var priority: String
            var areas: String
            var measures: Int
        }
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, Route.problems) { request, context, signedIn in
            let texts = renderer.texts(context)
            let names = try await signedIn.stores.catalogue.names(in: texts.language)
            let problems = try await signedIn.stores.problems.all()
            let measures = Dictionary(grouping: try await signedIn.stores.measures.all(), by: \.problemID)
            let ordered = problems.filter(\.status.isOpen) + problems.filter { !$0.status.isOpen }
            let rows = ordered.map { problem in
                ListPage.Row(
                    code: problem.code, title: problem.title, href: Route.problem(.value(problem.id)).path,
                    status: texts["problem_status_\(problem.status.rawValue)"],
                    priority: problem.priority.map(String.init) ?? "–",
                    areas: problem.areaCodes.isEmpty
                        ? texts["problem_whole_municipality"]
                        : problem.areaCodes.map(names.area).joined(separator: ", "),
                    measures: measures[problem.id]?.count ?? 0)
            }
            return renderer.page(
                "problems", title: texts["problems_title"],
                page: ListPage(
                    intro: texts["problems_intro"],
                    newHref: signedIn.user.can(.propose) ? Route.newProblem.path : nil, rows: rows),
                request: request, context: context)
        }
        router.on(.get, Route.newProblem) { request, context, signedIn in
            var query: [String: String] = [:]
            for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
            return try await form(
                ProblemForm.proposal(query), action: Route.newProblem.path, cancel: Route.problems.path,
                request, context, signedIn)
        }
        router.on(.post, Route.newProblem) { request, context, signedIn in
            var request = request
            let draft = ProblemForm.draft(try await request.form())
            do {
                let problem = try await signedIn.stores.problems.create(draft, by: signedIn.user)
                return Response.redirect(to: Route.problem(.value(problem.id)).path)
            } catch let failure as ValidationFailure {
                return try await form(
                    draft, action: Route.newProblem.path, cancel: Route.problems.path, errors: failure.errors,
                    request, context, signedIn)
            }
        }
        router.on(.get, Route.problem(.key)) { request, context, signedIn in
            try await page(try context.id(), request, context, signedIn)
        }
        router.on(.get, Route.editProblem(.key)) { request, context, signedIn in
            let id = try context.id()
            let problem = try await signedIn.workableProblem(id)
            let draft = ProblemDraft(
                title: problem.title, kind: problem.kind, indicatorCodes: problem.indicatorCodes,
                areaCodes: problem.areaCodes, timePattern: problem.timePattern, origin: problem.origin)
            return try await form(
                draft, action: Route.editProblem(.value(id)).path, cancel: Route.problem(.value(id)).path,
                version: problem.version, request, context, signedIn)
        }
        router.on(.post, Route.editProblem(.key)) { request, context, signedIn in
            let id = try context.id()
            _ = try await signedIn.workableProblem(id)
            var request = request
            let posted = try await request.form()
            let draft = ProblemForm.draft(posted)
            do {
                _ = try await signedIn.stores.problems.apply(
                    id, .edit(draft), expectedVersion: Int(posted["version"]), by: signedIn.user)
                return Response.redirect(to: Route.problem(.value(id)).path)
            } catch let failure as ValidationFailure {
                return try await form(
                    draft, action: Route.editProblem(.value(id)).path, cancel: Route.problem(.value(id)).path,
                    version: Int(posted["version"]), errors: failure.errors, request, context, signedIn)
            }
        }
        router.on(.post, Route.linkFocus(.key)) { request, context, signedIn in
            let (_, week, _) = try WeekController.weekContext(context)
            var request = request
            let posted = try await request.form()
            guard let id = UUID(uuidString: posted["problemId"]) else { throw AppError.notFound }
            _ = try await signedIn.workableProblem(id)
            _ = try await signedIn.stores.problems.apply(
                id, .addEvidence(ProblemOrigin(kind: .weeklyFocus, evidence: Route.week(.value(week)).path)),
                expectedVersion: nil, comment: posted["text"].nonEmpty, by: signedIn.user)
            return Response.redirect(to: Route.problem(.value(id)).path)
        }
        router.on(.post, Route.problemStep(.key)) { request, context, signedIn in
            let id = try context.id()
            _ = try await signedIn.workableProblem(id)
            var request = request
            let posted = try await request.form()
            do {
                let step = try ProblemStepForm.read(posted)
                try step.change.check(by: signedIn.user)
                _ = try await signedIn.stores.problems.apply(
                    id, step.change, expectedVersion: Int(posted["version"]), decision: step.decision,
                    by: signedIn.user)
                return Response.redirect(to: Route.problem(.value(id)).path)
            } catch let failure as ValidationFailure {
                let typed = ProblemPage.Typed(
                    decision: posted["decision"], meetingDate: posted["meetingDate"], priority: posted["priority"],
                    causeText: posted["text"], causeEvidence: posted["evidence"], reason: posted["reason"])
                return try await page(
                    id, errors: failure.errors, typed: typed, status: .unprocessableContent, request, context, signedIn)
            } catch StoreError.conflict {
                return try await page(
                    id, errors: [.init("version", .changedMeanwhile)], status: .conflict, request, context, signedIn)
            }
        }
    }

    func page(
        _ id: UUID, errors: [FieldError] = [], typed: ProblemPage.Typed = .init(), status: HTTPResponse.Status = .ok,
        _ request: Request,
        _ context: AppRequestContext, _ signedIn: SignedInUser
    ) async throws -> Response {
        let texts = renderer.texts(context)
        let stores = signedIn.stores
        guard let problem = try await stores.problems.find(id) else { throw AppError.notFound }
        let measures = try await stores.measures.all(problem: id)
        let ids = Set(measures.map(\.id))
        let evaluations = try await stores.evaluations.all().filter { ids.contains($0.measureID) }
        let groups = try await stores.workingGroups.all()
        let people = Dictionary(uniqueKeysWithValues: try await stores.users.all().map { ($0.id, $0.displayName) })
        let model = ProblemPage.build(
            problem, mayWork: signedIn.user.mayWork(on: problem, groups: groups), groups: groups, measures: measures,
            evaluations: evaluations,
            history: try await stores.problems.history.entries(id),
            people: people, names: try await stores.catalogue.names(in: texts.language), user: signedIn.user,
            errors: errors, typed: typed, texts: texts)
        return renderer.page(
            "problem", title: "\(problem.code) \(problem.title)", page: model, request: request, context: context,
            status: status)
    }

    func form(
        _ draft: ProblemDraft, action: String, cancel: String, version: Int? = nil, errors: [FieldError] = [],
        _ request: Request, _ context: AppRequestContext, _ signedIn: SignedInUser
    ) async throws -> Response {
        let texts = renderer.texts(context)
        let names = try await signedIn.stores.catalogue.names(in: texts.language)
        let fields = ProblemForm.fields(draft, names: names, texts: texts).with(errors: errors, texts: texts)
        return renderer.page(
            "work-form", title: texts[version == nil ? "problem_new_title" : "problem_edit_title"],
            page: WorkFormPage(
                intro: texts[version == nil ? "problem_new_intro" : "problem_edit_intro"], action: action,
                cancelHref: cancel, version: version, fields: fields.map(\.model), errorSummary: fields.errorSummary),
            request: request, context: context, status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}

/// A form for a problem, a measure or an evaluation design: its fields, and the version it edits.
struct WorkFormPage: Sendable {
    var intro: String
    var action: String
    var cancelHref: String
    var version: Int?
    var fields: [FormFieldModel]
    var errorSummary: [FormErrorSummaryItem]
}
