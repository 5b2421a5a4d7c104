import TryggCore

/// One field of a server-rendered form, with its label, what the user typed and its error.
struct FormField {
    enum Kind: String { case text, password, select, checkboxes, checkbox, textarea }

    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }

    var name: String
    var label: String
    var kind: Kind = .text
    var value: String = ""
    var options: [Option] = []
    var hint: String? = nil
    var error: String? = nil
    var required: Bool = false
    var autocomplete: String = "off"

    /// What the template reads: one boolean per kind, since Mustache has no comparisons.
    var model: [String: Any] {
        [
            "name": name, "id": "field-\(name)", "label": label, "value": value, "hint": hint as Any,
            "error": error as Any, "required": required, "autocomplete": autocomplete,
            "describedBy": [hint.map { _ in "field-\(name)-hint" }, error.map { _ in "field-\(name)-error" }]
                .compactMap { $0 }.joined(separator: " "),
            "options": options.map { ["value": $0.value, "label": $0.label, "selected": $0.selected] },
            "is\(kind.rawValue.capitalized)": true,
        ]
    }
}

extension Array where Element == FormField {
    /// The error summary above a form: each field's error, linked to the field.
    var errorSummary: [[String: String]] {
        compactMap { field in field.error.map { ["id": "field-\(field.name)", "label": field.label, "error": $0] } }
    }

    /// Attaches each validation error to its field, in the user's language.
    func with(errors: [FieldError], texts: Texts) -> [FormField] {
        map { field in
            var field = field
            if let error = errors.first(where: { $0.field == field.name }) { field.error = texts.problem(error.problem) }
            return field
        }
    }
}
