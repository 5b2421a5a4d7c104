import Foundation
import TryggCore
import TryggStore

/// The problem form: a draft from what was posted, and the fields showing a draft (as typed, or stored).
enum ProblemForm {
    /// The draft a posted form (or an API body read as one) describes.
    static func draft(_ form: FormData) -> ProblemDraft {
        ProblemDraft(
            title: form["title"], kind: ProblemKind(rawValue: form["kind"]) ?? .chronic,
            indicatorCodes: form.all("indicators").filter { !$0.isEmpty },
            areaCodes: form.all("areas").filter { !$0.isEmpty }, timePattern: form["timePattern"],
            origin: ProblemOrigin(
                kind: ProblemOrigin.Kind(rawValue: form["origin"]) ?? .manual,
                evidence: form["evidence"].trimmingCharacters(in: .whitespaces)))
    }

    /// The draft an analyst starts from when they raise a problem from evidence (`?origin=…&indicator=…`).
    static func proposal(_ query: [String: String]) -> ProblemDraft {
        ProblemDraft(
            title: query["title"] ?? "", indicatorCodes: query["indicator"].map { [$0] } ?? [],
            areaCodes: query["area"].map { [$0] } ?? [],
            origin: ProblemOrigin(
                kind: query["origin"].flatMap(ProblemOrigin.Kind.init(rawValue:)) ?? .manual,
                evidence: query["evidence"] ?? ""))
    }

    static func fields(_ draft: ProblemDraft, names: CatalogueNames, texts: Texts) -> [FormField] {
        [
            FormField(
                name: "title", label: texts["problem_title"], value: draft.title, hint: texts["problem_title_hint"],
                required: true),
            FormField(
                name: "kind", label: texts["problem_kind"], kind: .select,
                options: ProblemKind.allCases.map {
                    .init(value: $0.rawValue, label: texts["problem_kind_\($0.rawValue)"], selected: $0 == draft.kind)
                }),
            FormField(
                name: "indicators", label: texts["problem_indicators"], kind: .checkboxes,
                options: names.indicatorList.filter(\.active).map {
                    .init(
                        value: $0.code, label: names.indicator($0.code),
                        selected: draft.indicatorCodes.contains($0.code))
                }, required: true),
            FormField(
                name: "areas", label: texts["problem_areas"], kind: .checkboxes,
                options: names.areaList.map {
                    .init(value: $0.code, label: $0.name, selected: draft.areaCodes.contains($0.code))
                }),
            FormField(
                name: "timePattern", label: texts["problem_time_pattern"], value: draft.timePattern,
                hint: texts["problem_time_pattern_hint"]),
            FormField(
                name: "origin", label: texts["problem_origin"], kind: .select,
                options: ProblemOrigin.Kind.allCases.map {
                    .init(
                        value: $0.rawValue, label: texts["origin_\($0.rawValue)"], selected: $0 == draft.origin.kind)
                }),
            FormField(
                name: "evidence", label: texts["problem_evidence"], value: draft.origin.evidence,
                hint: texts["problem_evidence_hint"]),
        ]
    }
}

/// A step in a problem's life as a form or an API body names it: `action` and that action's fields.
enum ProblemStepForm {
    static func read(_ form: FormData) throws -> (change: ProblemChange, decision: DecisionStore.Draft?) {
        switch form["action"] {
        case "prioritise":
            guard let priority = Int(form["priority"]) else { throw ValidationFailure([.init("priority", .required)]) }
            return (
                .prioritise(priority: priority, decisionID: UUID(uuidString: form["decisionId"])),
                try DecisionForm.draft(form)
            )
        case "analyse": return (.startAnalysis, nil)
        case "add_cause":
            return (
                .addCause(
                    Cause(
                        leg: try choice(form, "leg", Cause.Leg.self), text: form["text"], evidence: form["evidence"],
                        certainty: try choice(form, "certainty", Cause.Certainty.self))), nil
            )
        case "remove_cause":
            guard let id = UUID(uuidString: form["causeId"]) else {
                throw ValidationFailure([.init("cause", .unknown)])
            }
            return (.removeCause(id), nil)
        case "plan": return (.plan, nil)
        case "assign": return (.assign(workingGroupID: UUID(uuidString: form["workingGroupId"])), nil)
        case "add_evidence":
            return (
                .addEvidence(
                    ProblemOrigin(kind: try choice(form, "origin", ProblemOrigin.Kind.self), evidence: form["evidence"])
                ),
                nil
            )
        case "implement": return (.implement, nil)
        case "follow_up": return (.followUp, nil)
        case "close":
            return (
                .close(
                    try choice(form, "outcome", ProblemOutcome.self), reason: form["reason"],
                    evaluationID: UUID(uuidString: form["evaluationId"])), nil
            )
        default: throw ValidationFailure([.init("action", form["action"].isEmpty ? .required : .unknown)])
        }
    }

    static func choice<Value: RawRepresentable>(_ form: FormData, _ field: String, _: Value.Type) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: form[field]) else {
            throw ValidationFailure([.init(field, form[field].isEmpty ? .required : .unknown)])
        }
        return value
    }
}

extension ProblemChange {
    /// The steps that need more than working on the problem: a priority is the groups' decision, and choosing
    /// the working group is the planners'.
    func check(by user: User) throws {
        switch self {
        case .prioritise: if !user.can(.decide) { throw AppError.forbidden }
        case .assign: if !user.can(.plan) { throw AppError.forbidden }
        default: break
        }
    }
}

/// A decision as a form names it: forum, meeting date and text. Nil when the form holds none.
enum DecisionForm {
    static func draft(_ form: FormData) throws -> DecisionStore.Draft? {
        guard !form["decision"].isEmpty || !form["meetingDate"].isEmpty else { return nil }
        var errors: [FieldError] = []
        let forum = Decision.Forum(rawValue: form["forum"])
        if forum == nil { errors.append(.init("forum", form["forum"].isEmpty ? .required : .unknown)) }
        let date = LocalDate(form["meetingDate"])
        if date == nil { errors.append(.init("meetingDate", form["meetingDate"].isEmpty ? .required : .invalidDate)) }
        errors += Decision.errors(text: form["decision"])
        guard errors.isEmpty, let forum, let date else { throw ValidationFailure(errors) }
        return DecisionStore.Draft(forum: forum, meetingDate: date, text: form["decision"])
    }
}
