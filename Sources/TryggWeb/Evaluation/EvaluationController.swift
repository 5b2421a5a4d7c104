import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// A measure's evaluation: the design in force (and its earlier versions), what the approved reports show,
/// and, for planners, the form that writes the design's next version.
struct EvaluationController {
    let renderer: PageRenderer

    struct Page: Sendable {
        var measureHref: String
        var measureTitle: String
        var design: Design?
        var versions: [String]
        var outcome: Outcome?
        var chart: String?
        var formAction: String?
        var locked: Bool
        var fields: [FormFieldModel]
        var errorSummary: [FormErrorSummaryItem]
        var version: String

        struct Design: Sendable {
            var version: Int
            var changedAfterStart: Bool
            var lines: [ProblemPage.Fact]
            var conclusion: String?
        }

        struct Outcome: Sendable {
            var summary: String
            var explanation: String?
            var rows: [Row]
            var figures: [ProblemPage.Fact]
        }

        struct Row: Sendable {
            var area: String
            var role: String
            var before: Int
            var after: Int
        }
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, Route.evaluation(.key)) { request, context, signedIn in
            try await page(try context.id(), form: nil, errors: [], request, context, signedIn)
        }
        router.on(.post, Route.evaluationDesign(.key)) { request, context, signedIn in
            let id = try context.id()
            _ = try await signedIn.workableMeasure(id)
            var request = request
            let posted = try await request.form()
            do {
                let design = try EvaluationForm.read(posted, measureID: id, actor: signedIn.user.id).get()
                _ = try await signedIn.stores.evaluations.save(
                    design, expectedVersion: Int(posted["version"]), by: signedIn.user)
                return Response.redirect(to: Route.evaluation(.value(id)).path)
            } catch let failure as ValidationFailure {
                return try await page(id, form: posted, errors: failure.errors, request, context, signedIn)
            } catch StoreError.conflict {
                return try await page(
                    id, form: posted, errors: [.init("version", .changedMeanwhile)], request, context, signedIn)
            }
        }
    }

    func page(
        _ id: UUID, form: FormData?, errors: [FieldError], _ request: Request, _ context: AppRequestContext,
        _ signedIn: SignedInUser
    ) async throws -> Response {
        let texts = renderer.texts(context)
        let stores = signedIn.stores
        guard let measure = try await stores.measures.find(id) else { throw AppError.notFound }
        guard let problem = try await stores.problems.find(measure.problemID) else { throw AppError.notFound }
        let names = try await stores.catalogue.names(in: texts.language)
        let versions = try await stores.evaluations.versions(measure: id)
        let current = versions.last
        var outcome: EvaluationOutcome?
        if let current { outcome = try await stores.evaluations.outcome(current) }
        let values = form ?? current.map(EvaluationForm.values) ?? EvaluationForm.proposal(measure)
        let fields = EvaluationForm.fields(values, names: names, texts: texts).with(errors: errors, texts: texts)
        let model = Page(
            measureHref: Route.measure(.value(id)).path, measureTitle: measure.title,
            design: current.map { Self.design($0, names: names, texts: texts) },
            versions: versions.dropLast().reversed().map {
                "v\($0.version) " + LocalTime.minute($0.createdAt)
                    + ($0.changedAfterStart ? " – " + texts["evaluation_changed_after_start"] : "")
            },
            outcome: outcome.map { Self.outcome($0, names: names, texts: texts) },
            chart: outcome.map { EvaluationWords.chart($0, names: names, texts: texts) },
            formAction: try await signedIn.mayWork(on: problem) ? Route.evaluationDesign(.value(id)).path : nil,
            locked: measure.actualStart != nil, fields: fields.map(\.model), errorSummary: fields.errorSummary,
            version: values["version"].isEmpty ? String(current?.version ?? 0) : values["version"])
        return renderer.page(
            "evaluation", title: texts["evaluation_title"] + ": " + measure.title, page: model, request: request,
            context: context,
            status: errors.isEmpty
                ? .ok
                : errors.contains { $0.problem == .changedMeanwhile }
                    ? .conflict : .unprocessableContent)
    }

    static func design(_ design: EvaluationDesign, names: CatalogueNames, texts: Texts) -> Page.Design {
        let before = design.before, after = design.after
        var lines: [ProblemPage.Fact] = [
            .init(label: texts["evaluation_treatedArea"], value: names.area(design.treatedArea)),
            .init(label: texts["evaluation_comparisonArea"], value: names.area(design.comparisonArea)),
        ]
        if let buffer = design.bufferArea {
            lines.append(.init(label: texts["evaluation_bufferArea"], value: names.area(buffer)))
        }
        lines += [
            .init(
                label: texts["evaluation_indicators"],
                value: design.indicatorCodes.map(names.indicator).joined(separator: ", ")),
            .init(label: texts["evaluation_before"], value: "\(before.from) – \(before.last)"),
            .init(label: texts["evaluation_after"], value: "\(after.from) – \(after.last)"),
            .init(label: texts["evaluation_minEvents"], value: String(design.minEvents)),
        ]
        return Page.Design(
            version: design.version, changedAfterStart: design.changedAfterStart, lines: lines,
            conclusion: design.conclusion.nonEmpty)
    }

    static func outcome(_ outcome: EvaluationOutcome, names: CatalogueNames, texts: Texts) -> Page.Outcome {
        let design = outcome.design
        var rows = [
            Page.Row(
                area: names.area(design.treatedArea), role: texts["evaluation_treated"], before: outcome.treated.before,
                after: outcome.treated.after),
            Page.Row(
                area: names.area(design.comparisonArea), role: texts["evaluation_comparison"],
                before: outcome.comparison.before, after: outcome.comparison.after),
        ]
        if let buffer = outcome.buffer, let code = design.bufferArea {
            rows.append(
                Page.Row(
                    area: names.area(code), role: texts["evaluation_buffer"], before: buffer.before,
                    after: buffer.after))
        }
        let numbers = Numbers(texts.language)
        var figures: [ProblemPage.Fact] = []
        if let estimate = outcome.estimate, estimate.verdict != .tooFewEvents {
            if let p = estimate.p {
                figures.append(
                    .init(label: texts["evaluation_p"], value: numbers.decimal(p, decimals: p < 0.001 ? 4 : 3)))
            }
            if let prevented = estimate.eventsPrevented, estimate.verdict == .reductionShown {
                figures.append(
                    .init(
                        label: texts["evaluation_prevented"],
                        value: numbers.decimal(prevented.estimate, decimals: 0) + " ("
                            + numbers.decimal(prevented.low, decimals: 0) + "–"
                            + (prevented.high.map { numbers.decimal($0, decimals: 0) } ?? "∞") + ")"))
            }
            if let displacement = estimate.displacement, let quotient = estimate.displacementQuotient {
                figures.append(
                    .init(
                        label: texts["evaluation_displacement"],
                        value: numbers.decimal(quotient, decimals: 2) + " – "
                            + texts["displacement_\(displacement.rawValue)"]))
            }
        }
        return Page.Outcome(
            summary: EvaluationWords.summary(outcome, texts: texts),
            explanation: EvaluationWords.explanation(outcome, names: names, texts: texts), rows: rows,
            figures: figures)
    }
}
