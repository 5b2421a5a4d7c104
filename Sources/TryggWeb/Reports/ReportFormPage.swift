import TryggCore

/// The report form as typed, with the indicators to choose from, the place picker, and every error and
/// personal-data finding marked.
struct ReportFormPage: Sendable {
    struct Option: Sendable {
        var value: String
        var label: String
        var selected: Bool
        var asksPeople: Bool
        var guidance: String
    }

    /// One indicator: its general choice and its subtypes.
    struct Group: Sendable {
        var label: String
        var guidance: String?
        var options: [Option]
    }

    /// The form's errors by field, in the reader's language.
    struct Errors: Sendable {
        var what: String?
        var when: String?
        var place: String?
        var description: String?
        var people: String?
        var any: Bool
    }

    var form: ReportForm
    var groups: [Group]
    var picker: PlacePicker.Model
    var notice: String?
    var parts: [FormField.Option]
    var errors: Errors
    var highlighted: [HighlightedText.Piece]
    var action: String
    var editing: Bool
    var returnComment: String?
    var correcting: Bool
}
