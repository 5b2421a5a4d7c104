import Foundation
import TryggCore
import TryggStore

/// The measure form: its fields show what was typed (or stored) as text, so a bad date or amount comes back
/// as typed with its error; `read` turns a posted form into a draft or the reasons it is not one.
enum MeasureForm {
    /// A stored measure as the form's values.
    static func values(_ measure: Measure) -> FormData {
        var fields: [String: [String]] = [
            "title": [measure.title], "type": [measure.type.rawValue], "category": [measure.category.rawValue],
            "causes": measure.causeIDs.map(\.uuidString), "area": [measure.areaCode ?? ""],
            "organisation": [measure.organisationID.uuidString], "contact": [measure.contactUserID?.uuidString ?? ""],
            "partners": [measure.partners], "plannedStart": [measure.plannedStart?.description ?? ""],
            "plannedEnd": [measure.plannedEnd?.description ?? ""],
            "direction": [measure.expectedEffect.direction.rawValue],
            "outcomeIndicators": measure.expectedEffect.indicatorCodes, "mechanism": [measure.expectedEffect.mechanism],
            "expectedBy": [measure.expectedEffect.expectedBy?.description ?? ""],
            "plannedCost": [measure.plannedCost.map(String.init) ?? ""],
        ]
        fields["version"] = [String(measure.version)]
        return FormData(fields: fields)
    }

    /// A new measure's values: the problem's indicators as outcome, the signed-in person's organisation.
    static func proposal(_ problem: Problem, organisationID: UUID) -> FormData {
        FormData(fields: [
            "outcomeIndicators": problem.indicatorCodes, "area": [problem.areaCodes.first ?? ""],
            "organisation": [organisationID.uuidString], "causes": problem.causes.map(\.id.uuidString),
        ])
    }

    static func read(_ form: FormData, problemID: UUID) -> Result<MeasureDraft, ValidationFailure> {
        var errors: [FieldError] = []
        func date(_ field: String) -> LocalDate? {
            guard !form[field].isEmpty else { return nil }
            guard let day = LocalDate(form[field]) else {
                errors.append(.init(field, .invalidDate))
                return nil
            }
            return day
        }
        let plannedStart = date("plannedStart"), plannedEnd = date("plannedEnd"), expectedBy = date("expectedBy")
        var cost: Int?
        if !form["plannedCost"].isEmpty {
            cost = Int(form["plannedCost"].replacingOccurrences(of: " ", with: ""))
            if cost == nil { errors.append(.init("plannedCost", .invalidNumber)) }
        }
        guard let organisation = UUID(uuidString: form["organisation"]) else {
            return .failure(ValidationFailure(errors + [.init("organisation", .required)]))
        }
        guard errors.isEmpty else { return .failure(ValidationFailure(errors)) }
        return .success(
            MeasureDraft(
                problemID: problemID, title: form["title"], type: MeasureType(rawValue: form["type"]) ?? .situational,
                category: MeasureCategory(rawValue: form["category"]) ?? .other,
                causeIDs: form.all("causes").compactMap(UUID.init(uuidString:)), areaCode: form["area"].nonEmpty,
                organisationID: organisation, contactUserID: UUID(uuidString: form["contact"]),
                partners: form["partners"], plannedStart: plannedStart, plannedEnd: plannedEnd,
                expectedEffect: ExpectedEffect(
                    direction: ExpectedEffect.Direction(rawValue: form["direction"]) ?? .decrease,
                    indicatorCodes: form.all("outcomeIndicators").filter { !$0.isEmpty },
                    mechanism: form["mechanism"].trimmingCharacters(in: .whitespacesAndNewlines),
                    expectedBy: expectedBy),
                plannedCost: cost))
    }

    static func fields(
        _ form: FormData, problem: Problem, names: CatalogueNames, organisations: [Organisation], users: [User],
        texts: Texts
    ) -> [FormField] {
        func select(_ name: String, _ options: [(String, String)], required: Bool = false) -> FormField {
            FormField(
                name: name, label: texts["measure_\(name)"], kind: .select,
                options: options.map { .init(value: $0.0, label: $0.1, selected: $0.0 == form[name]) },
                required: required)
        }
        func text(_ name: String, kind: FormField.Kind = .text, required: Bool = false) -> FormField {
            FormField(
                name: name, label: texts["measure_\(name)"], kind: kind, value: form[name],
                hint: texts.optional("measure_\(name)_hint"), required: required)
        }
        return [
            text("title", required: true),
            select("type", MeasureType.allCases.map { ($0.rawValue, texts["measure_type_\($0.rawValue)"]) }),
            select(
                "category", MeasureCategory.allCases.map { ($0.rawValue, texts["measure_category_\($0.rawValue)"]) }),
            FormField(
                name: "causes", label: texts["measure_causes"], kind: .checkboxes,
                options: problem.causes.map {
                    .init(
                        value: $0.id.uuidString, label: texts["leg_\($0.leg.rawValue)"] + ": " + $0.text,
                        selected: form.all("causes").contains($0.id.uuidString))
                }, hint: problem.causes.isEmpty ? texts["measure_causes_none"] : nil),
            select("area", [("", "–")] + names.areaList.map { ($0.code, $0.name) }),
            select("organisation", organisations.filter(\.active).map { ($0.id.uuidString, $0.name) }, required: true),
            select("contact", [("", "–")] + users.filter(\.active).map { ($0.id.uuidString, $0.displayName) }),
            text("partners"),
            text("plannedStart", kind: .date), text("plannedEnd", kind: .date),
            select(
                "direction", ExpectedEffect.Direction.allCases.map { ($0.rawValue, texts["direction_\($0.rawValue)"]) }),
            FormField(
                name: "outcomeIndicators", label: texts["measure_outcomeIndicators"], kind: .checkboxes,
                options: names.indicatorList.filter(\.active).map {
                    .init(
                        value: $0.code, label: names.indicator($0.code),
                        selected: form.all("outcomeIndicators").contains($0.code))
                }),
            text("mechanism", kind: .textarea), text("expectedBy", kind: .date), text("plannedCost"),
        ]
    }
}

extension MeasureChange {
    /// Who may take the step: a progress line the responsible contact too, a decision the groups, every
    /// other step those who may work on the measure's problem.
    func check(measure id: UUID, by signedIn: SignedInUser) async throws {
        guard let measure = try await signedIn.stores.measures.find(id) else { throw AppError.notFound }
        guard let problem = try await signedIn.stores.problems.find(measure.problemID) else {
            throw AppError.notFound
        }
        let groups = try await signedIn.stores.workingGroups.all()
        let allowed =
            switch self {
            case .logProgress: signedIn.user.mayLogProgress(on: measure, problem: problem, groups: groups)
            case .decide: signedIn.user.can(.decide)
            default: signedIn.user.mayWork(on: problem, groups: groups)
            }
        if !allowed { throw AppError.forbidden }
    }
}

/// A step in a measure's life as a form or an API body names it.
enum MeasureStepForm {
    static func read(_ form: FormData) throws -> (change: MeasureChange, decision: DecisionStore.Draft?) {
        func day(_ field: String) throws -> LocalDate {
            guard let day = LocalDate(form[field]) else {
                throw ValidationFailure([.init(field, form[field].isEmpty ? .required : .invalidDate)])
            }
            return day
        }
        func number(_ field: String) throws -> Int? {
            guard !form[field].isEmpty else { return nil }
            guard let value = Int(form[field].replacingOccurrences(of: " ", with: "")) else {
                throw ValidationFailure([.init(field, .invalidNumber)])
            }
            return value
        }
        switch form["action"] {
        case "decide": return (.decide(decisionID: UUID(uuidString: form["decisionId"])), try DecisionForm.draft(form))
        case "start": return (.start(on: try day("actualStart")), nil)
        case "complete":
            return (
                .complete(
                    on: try day("actualEnd"), fidelity: try ProblemStepForm.choice(form, "fidelity", Fidelity.self),
                    actualCost: try number("actualCost"), hours: try number("hours")), nil
            )
        case "postpone": return (.postpone(reason: form["reason"]), nil)
        case "resume": return (.resume, nil)
        case "cancel": return (.cancel(reason: form["reason"]), nil)
        case "progress": return (.logProgress(form["text"]), nil)
        default: throw ValidationFailure([.init("action", form["action"].isEmpty ? .required : .unknown)])
        }
    }
}
