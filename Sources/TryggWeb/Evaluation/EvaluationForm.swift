import Foundation
import TryggCore

/// The evaluation design form: values as typed (or stored), and the design a posted form describes.
enum EvaluationForm {
    static func values(_ design: EvaluationDesign) -> FormData {
        FormData(fields: [
            "treatedArea": [design.treatedArea], "comparisonArea": [design.comparisonArea],
            "bufferArea": [design.bufferArea ?? ""], "indicators": design.indicatorCodes,
            "beforeFrom": [design.beforeFrom.description], "afterFrom": [design.afterFrom.description],
            "months": [String(design.months)], "minEvents": [String(design.minEvents)],
            "conclusion": [design.conclusion], "version": [String(design.version)],
        ])
    }

    /// A first design for a measure: its area and outcome indicators, twelve months before its planned start
    /// and twelve from its planned end, so the weeks of doing it are left out.
    static func proposal(_ measure: Measure) -> FormData {
        let start = measure.plannedStart ?? LocalDate(Date())
        let end = measure.plannedEnd ?? start
        return FormData(fields: [
            "treatedArea": [measure.areaCode ?? ""], "indicators": measure.expectedEffect.indicatorCodes,
            "beforeFrom": [start.adding(months: -12).description], "afterFrom": [end.adding(days: 1).description],
            "months": ["12"], "minEvents": ["10"], "version": ["0"],
        ])
    }

    static func read(_ form: FormData, measureID: UUID, actor: UUID) -> Result<EvaluationDesign, ValidationFailure> {
        var errors: [FieldError] = []
        func day(_ field: String) -> LocalDate? {
            guard let day = LocalDate(form[field]) else {
                errors.append(.init(field, form[field].isEmpty ? .required : .invalidDate))
                return nil
            }
            return day
        }
        func number(_ field: String) -> Int? {
            guard let value = Int(form[field].trimmingCharacters(in: .whitespaces)) else {
                errors.append(.init(field, form[field].isEmpty ? .required : .invalidNumber))
                return nil
            }
            return value
        }
        let before = day("beforeFrom"), after = day("afterFrom"), months = number("months")
        let minEvents = number("minEvents")
        guard errors.isEmpty, let before, let after, let months, let minEvents else {
            return .failure(ValidationFailure(errors))
        }
        return .success(
            EvaluationDesign(
                measureID: measureID, treatedArea: form["treatedArea"], comparisonArea: form["comparisonArea"],
                bufferArea: form["bufferArea"].nonEmpty, indicatorCodes: form.all("indicators").filter { !$0.isEmpty },
                beforeFrom: before, afterFrom: after, months: months, minEvents: minEvents,
                conclusion: form["conclusion"].trimmingCharacters(in: .whitespacesAndNewlines), createdBy: actor,
                createdAt: Date()))
    }

    static func fields(_ form: FormData, names: CatalogueNames, texts: Texts) -> [FormField] {
        func area(_ name: String, optional: Bool) -> FormField {
            FormField(
                name: name, label: texts["evaluation_\(name)"], kind: .select,
                options: (optional ? [("", "–")] : [("", "")]).map { .init(value: $0.0, label: $0.1, selected: false) }
                    + names.areaList.map { .init(value: $0.code, label: $0.name, selected: $0.code == form[name]) },
                hint: texts.optional("evaluation_\(name)_hint"), required: !optional)
        }
        func text(_ name: String, kind: FormField.Kind = .text) -> FormField {
            FormField(
                name: name, label: texts["evaluation_\(name)"], kind: kind, value: form[name],
                hint: texts.optional("evaluation_\(name)_hint"), required: kind != .textarea)
        }
        return [
            area("treatedArea", optional: false), area("comparisonArea", optional: false),
            area("bufferArea", optional: true),
            FormField(
                name: "indicators", label: texts["evaluation_indicators"], kind: .checkboxes,
                options: names.indicatorList.filter(\.active).map {
                    .init(
                        value: $0.code, label: names.indicator($0.code),
                        selected: form.all("indicators").contains($0.code))
                }, required: true),
            text("beforeFrom", kind: .date), text("afterFrom", kind: .date), text("months"), text("minEvents"),
            text("conclusion", kind: .textarea),
        ]
    }
}
