import FluentKit
import Foundation
import SQLKit
import TryggCore

/// Stores the demo's year of reports, their histories and a closed meeting for every past week.
enum DemoReportLoader {
    static func load(
        _ database: TryggDatabase, municipality: Municipality, reporters: [User], reviewer: User, now: Date = Date()
    ) async throws -> Int {
        let items =
            DemoReports.generate(now: now, reporters: reporters.count)
            + DemoWork.reports(now: now, reporters: reporters.count)
        try await insert(
            items, database, municipality: municipality, reporters: reporters, reviewer: reviewer, history: true)
        try await closeMeetings(database, municipality: municipality, reviewer: reviewer, now: now)
        return items.count
    }

    /// Writes reports (and, with `history`, their events) in batches inside one transaction.
    static func insert(
        _ items: [DemoReports.Item], _ database: TryggDatabase, municipality: Municipality, reporters: [User],
        reviewer: User, history: Bool
    ) async throws {
        let locator = try await AreaStore(database, municipalityID: municipality.id).locator()
        try await database.db.transaction { db in
            try await insert(
                items, db as! any SQLDatabase, locator: locator, municipality: municipality, reporters: reporters,
                reviewer: reviewer, history: history)
        }
    }

    static func insert(
        _ items: [DemoReports.Item], _ sql: any SQLDatabase, locator: AreaLocator, municipality: Municipality,
        reporters: [User], reviewer: User, history: Bool
    ) async throws {
        let reportColumns = [
            "id", "municipality_id", "indicator_code", "subtype_code", "occurred_at", "part_of_day", "week", "latitude",
            "longitude", "area_code", "place_description", "description", "people_count", "status", "reporter_id",
            "organisation_id", "review_comment", "version", "created_at", "published_week",
        ]
        let eventColumns = ["id", "report_id", "at", "actor_id", "action", "comment"]
        // Batches keep each statement well under the engines' limits on bound values.
        for batch in stride(from: 0, to: items.count, by: 100).map({ Array(items[$0..<min($0 + 100, items.count)]) }) {
            var reports = sql.insert(into: "reports").columns(reportColumns)
            var events = sql.insert(into: "report_events").columns(eventColumns)
            for item in batch {
                let id = UUID(), reporter = reporters[item.reporter], draft = item.draft
                let occurredAt = draft.occurredAt!
                let area = draft.latitude.flatMap { lat in
                    draft.longitude.flatMap { locator.area(containing: GeoPoint(longitude: $0, latitude: lat)) }
                }
                let reportedAt = occurredAt.addingTimeInterval(3_600)
                let values: [any Encodable & Sendable] = [
                    id, municipality.id, draft.indicatorCode, draft.subtypeCode, occurredAt, String?.none,
                    ISOWeek(containing: occurredAt).description, draft.latitude, draft.longitude, area, "",
                    draft.description,
                    draft.peopleCount, item.status.rawValue, reporter.id, reporter.organisationID,
                    item.status == .rejected ? "Utanför EST:s indikatorer" : nil as String?, 1, reportedAt,
                    item.status == .published ? ISOWeek(containing: occurredAt).description : nil as String?,
                ]
                reports = reports.values(values)
                let decision: ReportEvent.Action? =
                    switch item.status {
                    case .published: .approved
                    case .rejected: .rejected
                    case .merged: .merged
                    default: nil
                    }
                if let decision {
                    let decidedAt = ISOWeek(containing: occurredAt).end.addingTimeInterval(9 * 3_600)
                    events = events.values(
                        [UUID(), id, decidedAt, reviewer.id, decision.rawValue, String?.none]
                            as [any Encodable & Sendable])
                    if decision == .approved {
                        events = events.values(
                            [
                                UUID(), id, decidedAt, reviewer.id, ReportEvent.Action.published.rawValue,
                                ISOWeek(containing: occurredAt).description,
                            ] as [any Encodable & Sendable])
                    }
                }
            }
            try await reports.run()
            if history && batch.contains(where: { $0.status != .submitted }) { try await events.run() }
        }
    }

    static func closeMeetings(
        _ database: TryggDatabase, municipality: Municipality, reviewer: User, now: Date
    ) async throws {
        let meetings = MeetingStore(database, municipalityID: municipality.id)
        let current = ISOWeek(containing: now)
        let focus = [
            "Centrum: helgkvällar vid krogarna", "Hertsön: köpcentrumets entré",
            "Björkskatan: parkeringen bakom butiken",
        ]
        for weeksAgo in stride(from: 52, through: 1, by: -1) {
            let week = current.adding(weeks: -weeksAgo)
            try await meetings.save(
                week, participants: ["polisen", "lulebo", "klf", "sof"], notes: "Genomgång av veckans rapporter.",
                focus: weeksAgo < 9 ? focus.joined(separator: "\n") : focus.prefix(2).joined(separator: "\n"))
            try await MeetingRecord.query(on: database.db).filter(\.$municipalityID == municipality.id).filter(
                \.$week == week.description
            )
            .set(\.$closedAt, to: week.end.addingTimeInterval(9 * 3_600)).set(\.$closedBy, to: reviewer.id).update()
        }
    }
}
