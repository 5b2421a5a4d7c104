import TryggCore

/// One field of a server-rendered form, with its label, what the user typed and its error.
struct FormField {
    enum Kind: String { case text, password, select, checkboxes, checkbox, textarea, date }

    struct Option: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    var name: String
    var label: String
    var kind: Kind = .text
    var value: String = ""
    /// Whether a single checkbox is ticked; a typed flag, because a template section treats any string,
    /// even an empty one, as true (a stored `false` once rendered as ticked and was saved back as `true`).
    var checked: Bool = false
    var options: [Option] = []
    var hint: String? = nil
    var error: String? = nil
    var required: Bool = false
    var autocomplete: String = "off"

    /// A single checkbox that reflects a stored boolean.
    static func checkbox(name: String, label: String, checked: Bool, hint: String? = nil) -> FormField {
        FormField(name: name, label: label, kind: .checkbox, checked: checked, hint: hint)
    }

    var model: FormFieldModel {
        FormFieldModel(
            name: name, id: "field-\(name)", label: label, value: value, checked: kind == .checkbox && checked,
            hint: hint, error: error, required: required, autocomplete: autocomplete,
            describedBy: [hint.map { _ in "field-\(name)-hint" }, error.map { _ in "field-\(name)-error" }]
                .compactMap { $0 }.joined(separator: " ").nonEmpty,
            options: options, isText: kind == .text, isPassword: kind == .password, isSelect: kind == .select,
            isCheckboxes: kind == .checkboxes, isCheckbox: kind == .checkbox, isTextarea: kind == .textarea,
            isDate: kind == .date
        )
    }
}

/// What the form template reads for one field: one boolean per kind, since Mustache has no comparisons.
struct FormFieldModel: Sendable {
    var name: String
    var id: String
    var label: String
    var value: String
    var checked: Bool
    var hint: String?
    var error: String?
    var required: Bool
    var autocomplete: String
    var describedBy: String?
    var options: [FormField.Option]
    var isText: Bool
    var isPassword: Bool
    var isSelect: Bool
    var isCheckboxes: Bool
    var isCheckbox: Bool
    var isTextarea: Bool
    var isDate: Bool
}

/// One line of the error summary above a form, linked to its field.
struct FormErrorSummaryItem: Sendable {
    var id: String
    var label: String
    var error: String
}

extension Array where Element == FormField {
    /// The error summary above a form: each field's error, linked to the field.
    var errorSummary: [FormErrorSummaryItem] {
        compactMap { field in
            field.error.map { FormErrorSummaryItem(id: "field-\(field.name)", label: field.label, error: $0) }
        }
    }

    /// Attaches each validation error to its field, in the user's language.
    func with(errors: [FieldError], texts: Texts) -> [FormField] {
        map { field in
            var field = field
            if let error = errors.first(where: { $0.field == field.name }) {
                field.error = texts.problem(error.problem)
            }
            return field
        }
    }
}
