import Foundation
import TryggCore

/// Everything the weekly meeting's page shows, already formatted; built by `MeetingController`.
struct MeetingPage: Sendable {
    struct Item: Sendable {
        var id: String
        var href: String
        var what: String
        var when: String
        var place: String?
        var description: String
        /// Kept ticked when a bulk decision comes back with an error.
        var checked: Bool
    }

    struct Group: Sendable {
        var area: String
        var reports: [Item]
    }

    struct Duplicate: Sendable {
        var kept: String
        var duplicate: String
        /// The duplicate's version as shown: corrected or decided since, the merge is refused.
        var version: Int
        var what: String
        var area: String
        var first: String
        var second: String
    }

    /// What the meeting's forms held when they were sent, so an error or a confirmation loses nothing.
    struct Typed: Sendable {
        var selected: Set<UUID> = []
        var comment = ""
        var participants: [String]? = nil
        var notes: String? = nil
        var focus: String? = nil
    }

    var weekLabel: String
    var agendaHeading: String
    var previousHref: String
    var nextHref: String
    var weekHref: String
    var decisionsAction: String
    var mergeAction: String
    var notesAction: String
    var closeAction: String
    var notice: String?
    var error: String?
    var closed: Bool
    var groups: [Group]
    var comment: String
    var commentError: String?
    var duplicates: [Duplicate]
    /// The organisations that may take part, ticked when they did.
    var participants: [FormField.Option]
    var notes: String
    var notesError: String?
    var focus: String
    var focusError: String?
    /// Shown instead of closing at once when reports still await a decision.
    var confirmClose: ConfirmClose?
    var closeHint: String

    /// The question before closing; its button sends the notes form as it stands.
    struct ConfirmClose: Sendable {
        var message: String
    }
}
