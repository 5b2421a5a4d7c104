import FluentKit
import Foundation
import TryggCore

/// The analysis and steering groups' numbered decisions.
public struct DecisionStore: Sendable {
    let database: TryggDatabase
    let municipalityID: UUID

    public init(_ database: TryggDatabase, municipalityID: UUID) {
        self.database = database
        self.municipalityID = municipalityID
    }

    /// What the coordinator writes down for a decision; its § number is the next of that meeting.
    public struct Draft: Sendable, Equatable {
        public var forum: Decision.Forum
        public var meetingDate: LocalDate
        public var text: String

        public init(forum: Decision.Forum, meetingDate: LocalDate, text: String) {
            self.forum = forum
            self.meetingDate = meetingDate
            self.text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    public func find(_ id: UUID) async throws -> Decision? {
        try await query(on: database.db).filter(\.$id == id).first().map(Self.value)
    }

    /// All decisions, newest meeting first and in § order within it.
    public func all() async throws -> [Decision] {
        try await query(on: database.db).sort(\.$meetingDate, .descending).sort(\.$forum).sort(\.$paragraph).all()
            .map(Self.value)
    }

    /// Records a decision on its own (one that is about no single problem or measure).
    public func record(
        _ draft: Draft, subject: Decision.Subject? = nil, by actor: User, now: Date = Date()
    )
        async throws -> Decision
    {
        try await database.db.transaction { db in
            try await Self.record(draft, subject: subject, by: actor, now: now, municipalityID: municipalityID, on: db)
        }
    }

    /// Records a decision inside the caller's transaction, numbered after the meeting's last one; the unique
    /// § per meeting makes a race between two coordinators a conflict, never two §3.
    static func record(
        _ draft: Draft, subject: Decision.Subject?, by actor: User, now: Date, municipalityID: UUID,
        on db: any Database
    ) async throws -> Decision {
        let errors = Decision.errors(text: draft.text)
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        let last = try await DecisionRecord.query(on: db).filter(\.$municipalityID == municipalityID)
            .filter(\.$forum == draft.forum.rawValue).filter(\.$meetingDate == draft.meetingDate.description)
            .max(\.$paragraph)
        let decision = Decision(
            forum: draft.forum, meetingDate: draft.meetingDate, paragraph: (last ?? 0) + 1, text: draft.text,
            subject: subject, createdBy: actor.id, createdAt: now)
        let record = DecisionRecord()
        record.id = decision.id
        record.municipalityID = municipalityID
        record.forum = decision.forum.rawValue
        record.meetingDate = decision.meetingDate.description
        record.paragraph = decision.paragraph
        record.body = try WorkBody.encode(decision)
        record.createdAt = now
        do { try await record.create(on: db) } catch { throw StoreError.conflict("decision") }
        return decision
    }

    /// The decision a step rests on: a new one recorded now, or an existing one of this municipality.
    /// Neither is a refusal that says a decision is needed.
    static func resolve(
        _ draft: Draft?, existing: UUID?, about subject: Decision.Subject, by actor: User, now: Date,
        municipalityID: UUID, on db: any Database
    ) async throws -> UUID {
        if let draft {
            return try await record(
                draft, subject: subject, by: actor, now: now, municipalityID: municipalityID, on: db
            )
            .id
        }
        // An existing decision counts when it is about this object or about no single one.
        if let existing,
            let record = try await DecisionRecord.query(on: db).filter(\.$municipalityID == municipalityID)
                .filter(\.$id == existing).first(),
            try value(record).subject.map({ $0 == subject }) ?? true
        {
            return existing
        }
        throw ValidationFailure([FieldError("decision", .needsDecision)])
    }

    /// Every group meeting's participants and notes.
    public func meetings() async throws -> [GroupMeeting] {
        try await GroupMeetingRecord.query(on: database.db).filter(\.$municipalityID == municipalityID).all()
            .map { try WorkBody.decode(GroupMeeting.self, $0.body, table: "group_meetings") }
    }

    /// Saves a meeting's participants and notes, replacing what was saved for that forum and day.
    public func save(_ meeting: GroupMeeting) async throws {
        let organisations = try await OrganisationStore(database, municipalityID: municipalityID).all()
        let errors = meeting.errors(organisations: Set(organisations.map(\.code)))
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        let municipalityID = municipalityID
        try await database.db.transaction { db in
            let record =
                try await GroupMeetingRecord.query(on: db).filter(\.$municipalityID == municipalityID)
                .filter(\.$forum == meeting.forum.rawValue).filter(\.$meetingDate == meeting.date.description).first()
                ?? GroupMeetingRecord()
            if record.id == nil {
                record.id = UUID()
                record.municipalityID = municipalityID
                record.forum = meeting.forum.rawValue
                record.meetingDate = meeting.date.description
            }
            record.body = try WorkBody.encode(meeting)
            do { try await record.save(on: db) } catch { throw StoreError.conflict("meeting") }
        }
    }

    private func query(on db: any Database) -> QueryBuilder<DecisionRecord> {
        DecisionRecord.query(on: db).filter(\.$municipalityID == municipalityID)
    }

    static func value(_ record: DecisionRecord) throws -> Decision {
        try WorkBody.decode(Decision.self, record.body, table: "decisions")
    }
}
