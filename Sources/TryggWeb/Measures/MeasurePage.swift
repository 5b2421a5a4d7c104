import Foundation
import TryggCore

/// One measure: what, who, when, the effect expected of it, its steps, progress log, evaluation and history.
struct MeasurePage: Sendable {
    var heading: String
    var problemHref: String
    var problemTitle: String
    var status: String
    var late: Bool
    var facts: [ProblemPage.Fact]
    var errors: [String]
    var editHref: String?
    var stepAction: String
    var progressAction: String?
    var version: Int
    var decide: ProblemPage.Prioritise?
    var start: String?
    var complete: Complete?
    var postpone: Bool
    var resume: Bool
    var cancel: Bool
    var progress: [HistoryLine]
    var evaluationHref: String
    var evaluationSummary: String
    var history: [HistoryLine]

    struct Complete: Sendable {
        var today: String
        var fidelities: [ProblemPage.Option]
    }
}

extension MeasurePage {
    static func build(
        _ measure: Measure, problem: Problem, groups: [WorkingGroup], outcome: EvaluationOutcome?, organisation: String,
        people: [UUID: String], history: [WorkEvent], names: CatalogueNames, user: User, errors: [FieldError],
        texts: Texts
    ) -> MeasurePage {
        let plan = user.mayWork(on: problem, groups: groups) && !measure.status.isFinished
        let today = LocalDate(Date())
        let option = { (value: String, key: String) in ProblemPage.Option(value: value, label: texts[key]) }
        var facts: [ProblemPage.Fact] = [
            .init(
                label: texts["measure_type"],
                value: texts["measure_type_\(measure.type.rawValue)"] + ", "
                    + texts["measure_category_\(measure.category.rawValue)"]),
            .init(label: texts["measure_area"], value: names.area(measure.areaCode)),
            .init(label: texts["measure_organisation"], value: organisation),
            .init(label: texts["measure_contact"], value: measure.contactUserID.flatMap { people[$0] } ?? "–"),
            .init(
                label: texts["measure_planned"],
                value: "\(measure.plannedStart?.description ?? "?") – \(measure.plannedEnd?.description ?? "?")"),
        ]
        if let start = measure.actualStart {
            facts.append(
                measure.actualEnd.map { .init(label: texts["measure_actual"], value: "\(start) – \($0)") }
                    ?? .init(label: texts["measure_started"], value: start.description))
        }
        if !measure.partners.isEmpty { facts.append(.init(label: texts["measure_partners"], value: measure.partners)) }
        let effect = measure.expectedEffect
        facts.append(
            .init(
                label: texts["measure_expected"],
                value: texts["direction_\(effect.direction.rawValue)"] + ": "
                    + effect.indicatorCodes.map(names.indicator).joined(separator: ", ")
                    + (effect.expectedBy.map { " (" + texts["measure_expectedBy"] + " \($0))" } ?? "")))
        if !effect.mechanism.isEmpty { facts.append(.init(label: texts["measure_mechanism"], value: effect.mechanism)) }
        let money = Numbers(texts.language)
        if measure.plannedCost != nil || measure.actualCost != nil {
            facts.append(
                .init(
                    label: texts["measure_cost"],
                    value: "\(measure.plannedCost.map { money.whole($0) } ?? "–") / "
                        + "\(measure.actualCost.map { money.whole($0) } ?? "–") kr"))
        }
        if let hours = measure.hours { facts.append(.init(label: texts["measure_hours"], value: String(hours))) }
        if let fidelity = measure.fidelity {
            facts.append(.init(label: texts["measure_fidelity"], value: texts["fidelity_\(fidelity.rawValue)"]))
        }
        if let reason = measure.statusReason { facts.append(.init(label: texts["measure_reason"], value: reason)) }
        return MeasurePage(
            heading: measure.title, problemHref: Route.problem(.value(problem.id)).path,
            problemTitle: "\(problem.code) \(problem.title)",
            status: texts["measure_status_\(measure.status.rawValue)"],
            late: measure.isLate(today: today), facts: facts,
            errors: errors.map { texts["field_\($0.field)"] + ": " + texts.problem($0.problem) },
            editHref: plan ? Route.editMeasure(.value(measure.id)).path : nil,
            stepAction: Route.measureStep(.value(measure.id)).path,
            progressAction: user.mayLogProgress(on: measure, problem: problem, groups: groups)
                && measure.status != .cancelled
                ? Route.measureProgress(.value(measure.id)).path : nil,
            version: measure.version,
            decide: user.can(.decide) && (measure.status == .proposed || measure.status == .postponed)
                && measure.decisionID == nil
                ? ProblemPage.Prioritise(
                    forums: Decision.Forum.allCases.map { option($0.rawValue, "forum_\($0.rawValue)") },
                    today: today.description) : nil,
            start: plan && measure.status == .decided ? today.description : nil,
            complete: plan && measure.status == .inProgress
                ? Complete(
                    today: today.description,
                    fidelities: Fidelity.allCases.map { option($0.rawValue, "fidelity_\($0.rawValue)") }) : nil,
            postpone: plan && (measure.status == .decided || measure.status == .inProgress),
            resume: plan && measure.status == .postponed, cancel: plan,
            progress: measure.progress.reversed().map {
                HistoryLine(when: LocalTime.minute($0.at), who: people[$0.actorID] ?? "?", action: $0.text)
            },
            evaluationHref: Route.evaluation(.value(measure.id)).path,
            evaluationSummary: outcome.map { EvaluationWords.summary($0, texts: texts) }
                ?? texts["evaluation_none"],
            history: history.reversed().map { HistoryLine.make($0, people: people, texts: texts) })
    }
}
