import FluentKit
import Foundation
import SQLKit
import TryggCore

/// The weekly meetings: their notes and focus areas, and closing one, which publishes the week.
public struct MeetingStore: Sendable {
    let database: TryggDatabase
    let municipalityID: UUID

    public init(_ database: TryggDatabase, municipalityID: UUID) {
        self.database = database
        self.municipalityID = municipalityID
    }

    public func meeting(_ week: ISOWeek) async throws -> Meeting? {
        try await query().filter(\.$week == week.description).first()?.value
    }

    /// Closed meetings, newest first: the archive of published weekly pictures.
    public func closed() async throws -> [Meeting] {
        try await query().filter(\.$closedAt != nil).sort(\.$week, .descending).all().map(\.value)
    }

    /// The meeting whose picture is published: notes and focus areas are a draft until the meeting closes,
    /// so readers see them only then.
    public func published(_ week: ISOWeek) async throws -> Meeting? {
        try await meeting(week).flatMap { $0.isClosed ? $0 : nil }
    }

    /// Saves who took part, the notes and the focus areas of an open meeting; texts with personal data
    /// are refused, as in a report.
    public func save(_ week: ISOWeek, participants: [String], notes: String, focus: String) async throws {
        try FreeTextCheck.require([("notes", notes), ("focus", focus)])
        let record = try await query().filter(\.$week == week.description).first() ?? newRecord(week)
        guard record.closedAt == nil else { throw StoreError.conflict("meeting") }
        record.apply(Minutes(participants: participants, notes: notes, focus: focus))
        try await record.save(on: database.db)
    }

    /// What a meeting's page sends when it closes: who took part, the notes and the focus areas as typed,
    /// saved in the same transaction as the closing so nothing typed is lost.
    public struct Minutes: Sendable, Equatable {
        public var participants: [String]
        public var notes: String
        public var focus: String

        public init(participants: [String], notes: String, focus: String) {
            self.participants = participants
            self.notes = notes
            self.focus = focus
        }
    }

    /// Closes the meeting and publishes every approved report up to and including its week, all in one
    /// transaction; returns how many reports were published. Reports still awaiting review stay on the
    /// agenda for the next meeting. A closed meeting cannot be closed again, nor a week before one already
    /// closed: its picture would then hold reports a later, fixed picture was published without.
    public func close(_ week: ISOWeek, minutes: Minutes? = nil, by user: User, now: Date = Date()) async throws -> Int {
        if let minutes { try FreeTextCheck.require([("notes", minutes.notes), ("focus", minutes.focus)]) }
        // A week that has not begun cannot be closed: it would fix an empty picture and block every week before it.
        guard week <= ISOWeek(containing: now) else { throw StoreError.conflict("meeting") }
        let municipalityID = self.municipalityID
        let existing = try await query().filter(\.$week == week.description).first()
        return try await database.db.transaction { db in
            let sql = db as! any SQLDatabase
            let later = try await MeetingRecord.query(on: db).filter(\.$municipalityID == municipalityID)
                .filter(\.$closedAt != nil).filter(\.$week > week.description).count()
            guard later == 0 else { throw StoreError.conflict("meeting") }
            let record = existing ?? self.newRecord(week)
            if let minutes { record.apply(minutes) }
            if let id = existing?.id {
                // Closed by whoever's update finds it open: of two closing at once, one wins.
                let closed = try await sql.update("meetings").set("closed_at", to: now).set("closed_by", to: user.id)
                    .set("participants", to: record.participants).set("notes", to: record.notes).set(
                        "focus", to: record.focus
                    )
                    .where("id", .equal, id).where("closed_at", .is, SQLLiteral.null).returning("id").all()
                guard !closed.isEmpty else { throw StoreError.conflict("meeting") }
            } else {
                // A new row: the unique (municipality, week) refuses a second one.
                record.closedAt = now
                record.closedBy = user.id
                try await record.create(on: db)
            }
            // ISO week strings are zero-padded, so they sort like the weeks themselves.
            struct Row: Decodable { var id: UUID }
            let published = try await sql.update("reports")
                .set("status", to: ReportChange.publish(week).next(from: .approved)!.rawValue).set(
                    "published_week", to: week.description
                )
                .set(
                    "version",
                    to: SQLBinaryExpression(
                        left: SQLColumn("version"), op: SQLBinaryOperator.add, right: SQLLiteral.numeric("1"))
                )
                .where("municipality_id", .equal, municipalityID).where(
                    "status", .equal, ReportStatus.approved.rawValue
                )
                .where("week", .lessThanOrEqual, week.description)
                .returning("id").all(decoding: Row.self)
            // The bulk form of `ReportStore.apply`: the same rule (only approved reports) and the same events,
            // for every report of the weeks in one statement.
            for report in published {
                for event in ReportChange.publish(week).events(from: .approved, by: user.id, at: now) {
                    try await ReportEventRecord(reportID: report.id, event: event).create(on: db)
                }
            }
            try await Self.announce(week, municipalityID: municipalityID, now: now, on: db)
            return published.count
        }
    }

    /// Tells those who asked that the week is published, and reviewers what awaits the next meeting.
    static func announce(_ week: ISOWeek, municipalityID: UUID, now: Date, on db: any Database) async throws {
        let users = try await UserRecord.query(on: db).filter(\.$municipalityID == municipalityID).filter(
            \.$active == true
        ).all().map(\.value)
        let waiting = try await ReportRecord.query(on: db).filter(\.$municipalityID == municipalityID)
            .filter(\.$status == ReportStatus.submitted.rawValue).count()
        var drafts = users.filter { $0.hasAny(of: Notice.Kind.weekPublished.roles) }
            .map {
                NoticeDraft(
                    userID: $0.id, kind: .weekPublished, subject: ["week": week.description], dedupeKey: "week:\(week)")
            }
        if waiting > 0 {
            let next = week.adding(weeks: 1)
            drafts += users.filter { $0.hasAny(of: Notice.Kind.agendaReady.roles) }.map {
                NoticeDraft(
                    userID: $0.id, kind: .agendaReady, subject: ["week": next.description, "count": String(waiting)],
                    dedupeKey: "agenda:\(next)")
            }
        }
        try await NoticeStore.write(drafts, municipalityID: municipalityID, now: now, on: db)
    }

    private func newRecord(_ week: ISOWeek) -> MeetingRecord {
        let record = MeetingRecord()
        record.municipalityID = municipalityID
        record.week = week.description
        record.participants = ""
        record.notes = ""
        record.focus = ""
        return record
    }

    private func query() -> QueryBuilder<MeetingRecord> {
        MeetingRecord.query(on: database.db).filter(\.$municipalityID == municipalityID)
    }
}
