import FluentKit
import Foundation
import SQLKit
import TryggCore

/// A published weekly picture as stored: its counts, its week's reports, and the late reports its meeting
/// published from earlier weeks.
public struct PublishedWeek: Sendable, Equatable {
    public var picture: WeeklyPicture
    /// Published reports of the week, oldest first.
    public var reports: [Report]
    /// Reports of earlier weeks that this week's meeting approved late, oldest first; not in the counts.
    public var late: [Report]
}

extension ReportStore {
    /// The week's picture as its meeting published it: only reports published by that meeting or an earlier
    /// one count, so a report approved after the week was published never changes it (docs/est.md).
    /// The counts of six weeks come from one aggregate query; only the week's own reports are read whole.
    public func weeklyPicture(_ week: ISOWeek) async throws -> PublishedWeek {
        struct Count: Decodable { var week: String; var indicator_code: String; var area_code: String?; var n: Int }
        let weeks = (0...5).map { week.adding(weeks: -$0).description }
        let sql = database.db as! any SQLDatabase
        let counts = try await sql.select()
            .column("week").column("indicator_code").column("area_code").column(
                SQLFunction("COUNT", args: SQLLiteral.all), as: "n"
            )
            .from("reports")
            .where("municipality_id", .equal, municipalityID)
            .where("status", .equal, ReportStatus.published.rawValue)
            .where("week", .in, weeks)
            // A report is published in its own week or later, so for these six weeks "published by week W's
            // meeting or before" is "published in one of them". Said as a list: a range on published_week
            // makes SQLite walk its index through every published report (1.3 s instead of 43 ms).
            .where("published_week", .in, weeks)
            .groupBy("week").groupBy("indicator_code").groupBy("area_code")
            .all(decoding: Count.self)
        let picture = WeeklyPicture.make(
            week: week,
            counts: counts.compactMap { row in
                ISOWeek(row.week).map { ($0, row.indicator_code, row.area_code, row.n) }
            })
        // Everything this week's meeting published, in one read by the published_week index: the week's own
        // reports (published no earlier than their week, so by this meeting or not yet) and the late ones.
        // A condition on `week` here made SQLite walk the week index through every earlier report (300 ms).
        let published = try await sql.select().columns(ReportRow.columns.map { SQLColumn($0) }).from("reports")
            .where("municipality_id", .equal, municipalityID)
            .where("status", .equal, ReportStatus.published.rawValue)
            .where("published_week", .equal, week.description)
            .all(decoding: ReportRow.self).map { try $0.value() }.sorted { $0.occurredAt < $1.occurredAt }
        let reports = published.filter { $0.week == week }
        let late = published.filter { $0.week < week }
        return PublishedWeek(picture: picture, reports: reports, late: late)
    }
}
