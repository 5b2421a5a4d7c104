import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The measures pages: the list (and the responsible contact's own), proposing and editing one, its page
/// with its steps, and the progress log its contact keeps.
struct MeasuresController {
    let renderer: PageRenderer

    struct ListPage: Sendable {
        var intro: String
        var rows: [Row]
        var csvHref: String
        var evaluationsCSVHref: String

        struct Row: Sendable {
            var title: String
            var href: String
            var problem: String
            var status: String
            var late: Bool
            var organisation: String
            var planned: String
            var verdict: String
        }
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, Route.measures) { request, context, signedIn in
            let texts = renderer.texts(context)
            let register = try await MeasureRegister.load(signedIn.stores)
            let today = LocalDate(Date())
            let rows = register.lines.map { line in
                ListPage.Row(
                    title: line.measure.title, href: Route.measure(.value(line.measure.id)).path,
                    problem: line.problem.map { "\($0.code) \($0.title)" } ?? "",
                    status: texts["measure_status_\(line.measure.status.rawValue)"],
                    late: line.measure.isLate(today: today),
                    organisation: register.organisations[line.measure.organisationID] ?? "",
                    planned:
                        "\(line.measure.plannedStart?.description ?? "?") – \(line.measure.plannedEnd?.description ?? "?")",
                    verdict: line.outcome.map { EvaluationWords.summary($0, texts: texts) } ?? "–")
            }
            return renderer.page(
                "measures", title: texts["measures_title"],
                page: ListPage(
                    intro: texts["measures_intro"], rows: rows, csvHref: Route.measuresCSV.path,
                    evaluationsCSVHref: Route.evaluationsCSV.path), request: request, context: context)
        }
        router.on(.get, Route.measuresCSV) { _, _, signedIn in
            MeasureRegister.csv(try await MeasureRegister.load(signedIn.stores), file: "atgarder.csv")
        }
        router.on(.get, Route.evaluationsCSV) { _, _, signedIn in
            MeasureRegister.evaluationsCSV(try await MeasureRegister.load(signedIn.stores))
        }
        router.on(.get, Route.newMeasure(.key)) { request, context, signedIn in
            let problem = try await signedIn.workableProblem(try context.id())
            return try await form(
                MeasureForm.proposal(problem, organisationID: signedIn.user.organisationID), problem: problem,
                action: Route.newMeasure(.value(problem.id)).path, cancel: Route.problem(.value(problem.id)).path,
                editing: false, request, context, signedIn)
        }
        router.on(.post, Route.newMeasure(.key)) { request, context, signedIn in
            let problem = try await signedIn.workableProblem(try context.id())
            var request = request
            let posted = try await request.form()
            do {
                let draft = try MeasureForm.read(posted, problemID: problem.id).get()
                let measure = try await signedIn.stores.measures.create(draft, by: signedIn.user)
                return Response.redirect(to: Route.measure(.value(measure.id)).path)
            } catch let failure as ValidationFailure {
                return try await form(
                    posted, problem: problem, action: Route.newMeasure(.value(problem.id)).path,
                    cancel: Route.problem(.value(problem.id)).path, editing: false, errors: failure.errors, request,
                    context, signedIn)
            }
        }
        router.on(.get, Route.measure(.key)) { request, context, signedIn in
            try await page(try context.id(), request, context, signedIn)
        }
        router.on(.get, Route.editMeasure(.key)) { request, context, signedIn in
            let id = try context.id()
            let (measure, problem) = try await signedIn.workableMeasure(id)
            return try await form(
                MeasureForm.values(measure), problem: problem,
                action: Route.editMeasure(.value(id)).path, cancel: Route.measure(.value(id)).path, editing: true,
                request, context, signedIn)
        }
        router.on(.post, Route.editMeasure(.key)) { request, context, signedIn in
            let id = try context.id()
            let (_, problem) = try await signedIn.workableMeasure(id)
            var request = request
            let posted = try await request.form()
            do {
                let draft = try MeasureForm.read(posted, problemID: problem.id).get()
                _ = try await signedIn.stores.measures.apply(
                    id, .edit(draft), expectedVersion: Int(posted["version"]), by: signedIn.user)
                return Response.redirect(to: Route.measure(.value(id)).path)
            } catch let failure as ValidationFailure {
                return try await form(
                    posted, problem: problem, action: Route.editMeasure(.value(id)).path,
                    cancel: Route.measure(.value(id)).path, editing: true, errors: failure.errors, request, context,
                    signedIn)
            }
        }
        router.on(.post, Route.measureStep(.key)) { request, context, signedIn in
            try await step(try context.id(), request, context, signedIn)
        }
        router.on(.post, Route.measureProgress(.key)) { request, context, signedIn in
            try await step(try context.id(), request, context, signedIn)
        }
    }

    /// A step posted from the measure's page; refusals come back on the page, with what was wrong.
    func step(
        _ id: UUID, _ request: Request, _ context: AppRequestContext, _ signedIn: SignedInUser
    ) async throws
        -> Response
    {
        var request = request
        let posted = try await request.form()
        do {
            let step = try MeasureStepForm.read(posted)
            try await step.change.check(measure: id, by: signedIn)
            // A line in the log adds to what is there: someone else's line meanwhile is no conflict.
            let expected = step.change.isLog ? nil : Int(posted["version"])
            _ = try await signedIn.stores.measures.apply(
                id, step.change, expectedVersion: expected, decision: step.decision, by: signedIn.user)
            return Response.redirect(to: Route.measure(.value(id)).path)
        } catch let failure as ValidationFailure {
            return try await page(id, errors: failure.errors, status: .unprocessableContent, request, context, signedIn)
        } catch StoreError.conflict {
            return try await page(
                id, errors: [.init("version", .changedMeanwhile)], status: .conflict, request, context, signedIn)
        }
    }

    func problem(_ id: UUID, _ signedIn: SignedInUser) async throws -> Problem {
        guard let problem = try await signedIn.stores.problems.find(id) else { throw AppError.notFound }
        return problem
    }

    func page(
        _ id: UUID, errors: [FieldError] = [], status: HTTPResponse.Status = .ok, _ request: Request,
        _ context: AppRequestContext, _ signedIn: SignedInUser
    ) async throws -> Response {
        let texts = renderer.texts(context)
        let stores = signedIn.stores
        guard let measure = try await stores.measures.find(id) else { throw AppError.notFound }
        let problem = try await problem(measure.problemID, signedIn)
        let design = try await stores.evaluations.current(measure: id)
        var outcome: EvaluationOutcome?
        if let design { outcome = try await stores.evaluations.outcome(design) }
        let people = Dictionary(uniqueKeysWithValues: try await stores.users.all().map { ($0.id, $0.displayName) })
        let organisation = try await stores.organisations.find(measure.organisationID)?.name ?? ""
        let model = MeasurePage.build(
            measure, problem: problem, groups: try await stores.workingGroups.all(), outcome: outcome,
            organisation: organisation, people: people,
            history: try await stores.measures.history.entries(id),
            names: try await stores.catalogue.names(in: texts.language), user: signedIn.user, errors: errors,
            texts: texts)
        return renderer.page(
            "measure", title: measure.title, page: model, request: request, context: context, status: status)
    }

    func form(
        _ values: FormData, problem: Problem, action: String, cancel: String, editing: Bool,
        errors: [FieldError] = [], _ request: Request, _ context: AppRequestContext, _ signedIn: SignedInUser
    ) async throws -> Response {
        let texts = renderer.texts(context)
        let stores = signedIn.stores
        let fields = MeasureForm.fields(
            values, problem: problem, names: try await stores.catalogue.names(in: texts.language),
            organisations: try await stores.organisations.all(), users: try await stores.users.all(), texts: texts
        ).with(errors: errors, texts: texts)
        return renderer.page(
            "work-form", title: texts[editing ? "measure_edit_title" : "measure_new_title"],
            page: WorkFormPage(
                intro: texts["measure_form_intro"].replacingOccurrences(of: "{problem}", with: problem.title),
                action: action, cancelHref: cancel, version: editing ? Int(values["version"]) : nil,
                fields: fields.map(\.model), errorSummary: fields.errorSummary),
            request: request, context: context, status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
