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

    /// Saves who took part, the notes and the focus areas of an open meeting.
    public func save(_ week: ISOWeek, participants: [String], notes: String, focus: String) async throws {
        let record = try await query().filter(\.$week == week.description).first() ?? newRecord(week)
        guard record.closedAt == nil else { throw StoreError.conflict("meeting") }
        record.participants = participants.joined(separator: ",")
        record.notes = String(notes.prefix(10_000))
        record.focus = String(focus.prefix(5_000))
        try await record.save(on: database.db)
    }

    /// Closes the meeting and publishes every approved report up to and including its week, all in one
    /// transaction; returns how many reports were published. A closed meeting cannot be closed again.
    public func close(_ week: ISOWeek, by user: User, now: Date = Date()) async throws -> Int {
        let existing = try await query().filter(\.$week == week.description).first()
        if existing?.closedAt != nil { throw StoreError.conflict("meeting") }
        let municipalityID = self.municipalityID
        return try await database.db.transaction { db in
            let record = existing ?? self.newRecord(week)
            record.closedAt = now
            record.closedBy = user.id
            try await record.save(on: db)
            // ISO week strings are zero-padded, so they sort like the weeks themselves.
            let publishing = try await ReportRecord.query(on: db).filter(\.$municipalityID == municipalityID)
                .filter(\.$status == ReportStatus.approved.rawValue).filter(\.$week <= week.description).all()
            for report in publishing {
                report.status = ReportStatus.published.rawValue
                report.version += 1
                try await report.save(on: db)
                try await ReportEventRecord(reportID: report.id!, event: .init(at: now, actorID: user.id, action: .published, comment: week.description))
                    .create(on: db)
            }
            return publishing.count
        }
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
