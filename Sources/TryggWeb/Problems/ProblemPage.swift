import Foundation
import TryggCore

/// One problem: what, where and when, its causes on the crime triangle, its measures, the steps open to
/// the reader now, and its history.
struct ProblemPage: Sendable {
    var code: String
    var heading: String
    var status: String
    var statusKey: String
    var facts: [Fact]
    var evidenceHref: String?
    var laterEvidence: [Option]
    var errors: [String]
    var legs: [Leg]
    var measures: [MeasureLine]
    var newMeasureHref: String?
    var editHref: String?
    var stepAction: String
    var version: Int
    var simpleSteps: [SimpleStep]
    var prioritise: Prioritise?
    var typed: Typed
    var addCause: Options?
    var close: Close?
    var group: ProblemPage.Fact?
    var groupHref: String?
    /// The planners' choice of working group.
    var assign: Assign?
    var history: [HistoryLine]
    var listHref: String

    struct Fact: Sendable {
        var label: String
        var value: String
    }

    struct Leg: Sendable {
        var name: String
        var causes: [CauseLine]
    }

    struct CauseLine: Sendable {
        var id: String
        var text: String
        var evidence: String?
        var certainty: String
        var removable: Bool
    }

    struct MeasureLine: Sendable {
        var title: String
        var href: String
        var status: String
        var late: Bool
    }

    /// A step that needs nothing but a press: "Börja analysera orsaker".
    struct SimpleStep: Sendable {
        var action: String
        var label: String
        var hint: String
    }

    struct Option: Sendable {
        var value: String
        var label: String
    }

    struct Prioritise: Sendable {
        var forums: [Option]
        var today: String
        var decision = ""
        var priorities: [PriorityOption] = []
    }

    struct PriorityOption: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    struct Options: Sendable {
        var legs: [Option]
        var certainties: [Option]
    }

    /// The planners' choice of working group: the group now first, then the others.
    struct Assign: Sendable {
        var options: [Option]
    }

    /// What a refused form had typed, so the page shows it again.
    struct Typed: Sendable {
        var decision = ""
        var meetingDate: String?
        var priority = "2"
        var causeText = ""
        var causeEvidence = ""
        var reason = ""
    }

    struct Close: Sendable {
        var outcomes: [Option]
        var evaluations: [Option]
    }
}

/// One line of an object's history, as the pages show it.
struct HistoryLine: Sendable {
    var when: String
    var who: String
    var action: String
    var comment: String?
}

extension ProblemPage {
    static func build(
        _ problem: Problem, mayWork: Bool, groups: [WorkingGroup], measures: [Measure], evaluations: [EvaluationDesign],
        history: [WorkEvent],
        people: [UUID: String], names: CatalogueNames, user: User, errors: [FieldError], typed: Typed = Typed(),
        texts: Texts
    ) -> ProblemPage {
        let plan = mayWork && problem.status.isOpen
        // Causes are analysed once the problem is prioritised, measures planned once causes are known.
        let analysed = problem.status.analysed
        let planned = [ProblemStatus.planning, .implementing, .followingUp].contains(problem.status)
        let underWay = problem.status == .implementing || problem.status == .followingUp
        let today = LocalDate(Date())
        var steps: [SimpleStep] = []
        if plan {
            switch problem.status {
            case .prioritised: steps.append(step("analyse", texts))
            case .analysing: steps.append(step("plan", texts))
            case .planning: steps.append(step("implement", texts))
            case .implementing: steps.append(step("follow_up", texts))
            default: break
            }
        }
        let option = { (value: String, key: String) in Option(value: value, label: texts[key]) }
        return ProblemPage(
            code: problem.code, heading: problem.title, status: texts["problem_status_\(problem.status.rawValue)"],
            statusKey: problem.status.rawValue,
            facts: facts(problem, names: names, texts: texts),
            evidenceHref: problem.origin.evidence.isEmpty || !mayOpen(problem.origin.evidence, user)
                ? nil : LocalLink.safe(problem.origin.evidence),
            laterEvidence: (problem.laterEvidence ?? []).filter { mayOpen($0.evidence, user) }.map {
                Option(value: LocalLink.safe($0.evidence), label: texts["origin_\($0.kind.rawValue)"])
            },
            errors: errors.map { texts["field_\($0.field)"] + ": " + texts.problem($0.problem) },
            legs: Cause.Leg.allCases.map { leg in
                Leg(
                    name: texts["leg_\(leg.rawValue)"],
                    causes: problem.causes.filter { $0.leg == leg }.map {
                        CauseLine(
                            id: $0.id.uuidString, text: $0.text, evidence: $0.evidence.nonEmpty,
                            certainty: texts["certainty_\($0.certainty.rawValue)"], removable: plan && analysed)
                    })
            },
            measures: measures.map {
                MeasureLine(
                    title: $0.title, href: Route.measure(.value($0.id)).path,
                    status: texts["measure_status_\($0.status.rawValue)"], late: $0.isLate(today: today))
            },
            newMeasureHref: plan && planned ? Route.newMeasure(.value(problem.id)).path : nil,
            editHref: plan ? Route.editProblem(.value(problem.id)).path : nil,
            stepAction: Route.problemStep(.value(problem.id)).path, version: problem.version, simpleSteps: steps,
            prioritise: user.can(.decide) && (problem.status == .proposed || problem.status == .prioritised)
                ? Prioritise(
                    forums: Decision.Forum.allCases.map { option($0.rawValue, "forum_\($0.rawValue)") },
                    today: typed.meetingDate ?? today.description, decision: typed.decision,
                    priorities: (1...3).map {
                        PriorityOption(
                            value: String($0), label: "\($0) – " + texts["priority_\($0)"],
                            selected: String($0) == typed.priority)
                    }) : nil,
            typed: typed,
            addCause: plan && analysed
                ? Options(
                    legs: Cause.Leg.allCases.map { option($0.rawValue, "leg_\($0.rawValue)") },
                    certainties: Cause.Certainty.allCases.map { option($0.rawValue, "certainty_\($0.rawValue)") })
                : nil,
            close: plan
                ? Close(
                    // Only what the guard may allow now: an effect is claimed once measures are under way.
                    outcomes: ProblemOutcome.allCases.filter { underWay || !($0.claimsEffect || $0 == .unchanged) }
                        .map { option($0.rawValue, "outcome_\($0.rawValue)") },
                    evaluations: evaluations.map { design in
                        Option(
                            value: design.id.uuidString,
                            label: (measures.first { $0.id == design.measureID }?.title ?? "") + " (v\(design.version))"
                        )
                    }) : nil,
            group: groups.first { $0.id == problem.workingGroupID }.map {
                Fact(label: texts["problem_group"], value: $0.name)
            },
            groupHref: problem.workingGroupID.map { Route.workingGroup(.value($0)).path },
            assign: user.can(.plan) && problem.status.isOpen
                ? Assign(
                    options: groups.filter { $0.id == problem.workingGroupID }.map {
                        Option(value: $0.id.uuidString, label: $0.name)
                    } + [Option(value: "", label: texts["problem_no_group"])]
                        + groups.filter { $0.status != .closed && $0.id != problem.workingGroupID }.map {
                            Option(value: $0.id.uuidString, label: $0.name)
                        }) : nil,
            history: history.reversed().map { HistoryLine.make($0, people: people, texts: texts) },
            listHref: Route.problems.path)
    }

    /// Evidence in the analyses is linked only for those who may open them; others see the kind of evidence.
    static func mayOpen(_ path: String, _ user: User) -> Bool {
        !path.hasPrefix(Route.analysis.path) || user.can(.analyse)
    }

    static func step(_ action: String, _ texts: Texts) -> SimpleStep {
        SimpleStep(action: action, label: texts["step_\(action)"], hint: texts["step_\(action)_hint"])
    }

    static func facts(_ problem: Problem, names: CatalogueNames, texts: Texts) -> [Fact] {
        var facts = [
            Fact(label: texts["problem_kind"], value: texts["problem_kind_\(problem.kind.rawValue)"]),
            Fact(
                label: texts["problem_indicators"],
                value: problem.indicatorCodes.map(names.indicator).joined(separator: ", ")),
            Fact(
                label: texts["problem_areas"],
                value: problem.areaCodes.isEmpty
                    ? texts["problem_whole_municipality"] : problem.areaCodes.map(names.area).joined(separator: ", ")),
            Fact(label: texts["problem_origin"], value: texts["origin_\(problem.origin.kind.rawValue)"]),
        ]
        if !problem.timePattern.isEmpty {
            facts.append(Fact(label: texts["problem_time_pattern"], value: problem.timePattern))
        }
        if let priority = problem.priority {
            facts.append(Fact(label: texts["problem_priority"], value: String(priority)))
        }
        if let outcome = problem.outcome {
            facts.append(
                Fact(
                    label: texts["problem_outcome"],
                    value: texts["outcome_\(outcome.rawValue)"] + (problem.closingReason.map { ": " + $0 } ?? "")))
        }
        return facts
    }
}

extension HistoryLine {
    static func make(_ event: WorkEvent, people: [UUID: String], texts: Texts) -> HistoryLine {
        // A priority is stored as its number: people read "Prioritet 1".
        let comment =
            event.action == "prioritised" ? event.comment.map { texts["problem_priority"] + " " + $0 } : event.comment
        return HistoryLine(
            when: LocalTime.minute(event.at), who: people[event.actorID] ?? "?",
            action: texts["work_event_\(event.action)"], comment: comment?.nonEmpty)
    }
}
