import Foundation

/// A meeting of the analysis or the steering group: which organisations took part and its notes. Its
/// numbered decisions (`Decision`) and this record together are the minutes (protokoll).
public struct GroupMeeting: Sendable, Codable, Equatable {
    public var forum: Decision.Forum
    public var date: LocalDate
    /// Organisation codes, as at the weekly meeting: who was there, not named persons.
    public var participants: [String]
    public var notes: String

    public init(forum: Decision.Forum, date: LocalDate, participants: [String], notes: String) {
        self.forum = forum
        self.date = date
        self.participants = participants
        self.notes = notes.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Notes are read by every department: no personal data, and not a book.
    public func errors(organisations: Set<String>) -> [FieldError] {
        var errors: [FieldError] = []
        if participants.contains(where: { !organisations.contains($0) }) {
            errors.append(.init("participants", .unknown))
        }
        if notes.count > 4000 { errors.append(.init("notes", .tooLong)) }
        return errors + FreeTextCheck.errors([("notes", notes)])
    }
}
