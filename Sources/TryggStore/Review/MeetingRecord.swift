import FluentKit
import Foundation
import TryggCore

final class MeetingRecord: Model, @unchecked Sendable {
    static let schema = "meetings"

    @ID(key: .id) var id: UUID?
    @Field(key: "municipality_id") var municipalityID: UUID
    @Field(key: "week") var week: String
    /// Codes of the organisations that took part, comma-separated.
    @Field(key: "participants") var participants: String
    @Field(key: "notes") var notes: String
    /// The focus areas chosen for the coming week, one per line.
    @Field(key: "focus") var focus: String
    @OptionalField(key: "closed_at") var closedAt: Date?
    @OptionalField(key: "closed_by") var closedBy: UUID?

    init() {}

    func apply(_ minutes: MeetingStore.Minutes) {
        participants = minutes.participants.joined(separator: ",")
        notes = String(minutes.notes.prefix(10_000))
        focus = String(minutes.focus.prefix(5_000))
    }

    var value: Meeting {
        Meeting(
            week: ISOWeek(week)!, participants: participants.split(separator: ",").map(String.init), notes: notes,
            focus: focus, closedAt: closedAt)
    }
}

/// A weekly coordination meeting as the rest of the system sees it.
public struct Meeting: Sendable, Equatable {
    public var week: ISOWeek
    public var participants: [String]
    public var notes: String
    public var focus: String
    public var closedAt: Date?

    public var isClosed: Bool { closedAt != nil }
    public var focusAreas: [String] {
        focus.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
