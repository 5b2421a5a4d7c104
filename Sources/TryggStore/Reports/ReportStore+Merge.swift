import FluentKit
import Foundation
import SQLKit
import TryggCore

extension ReportStore {
    /// Folds a duplicate into the report that is kept; both must still await review. The duplicate stays,
    /// marked merged, so its history is not lost.
    public func merge(_ duplicateID: UUID, into keptID: UUID, by reviewer: User, now: Date = Date()) async throws {
        guard duplicateID != keptID,
              let duplicate = try await find(duplicateID, scope: .all), let kept = try await find(keptID, scope: .all) else {
            throw StoreError.notFound("report")
        }
        guard duplicate.status == .submitted, kept.status != .merged else { throw StoreError.conflict("report") }
        let sql = database.db as! any SQLDatabase
        let changed = try await sql.update("reports")
            .set("status", to: ReportStatus.merged.rawValue)
            .set("review_comment", to: keptID.uuidString)
            .set("version", to: duplicate.version + 1)
            .where("id", .equal, duplicateID).where("version", .equal, duplicate.version)
            .returning("id").all()
        guard !changed.isEmpty else { throw StoreError.conflict("report") }
        try await ReportEventRecord(reportID: duplicateID, event: .init(at: now, actorID: reviewer.id, action: .merged, comment: keptID.uuidString))
            .create(on: database.db)
    }

    /// The week's picture and its published reports. The counts of six weeks come from one aggregate
    /// query; only the week's own reports are read whole.
    public func weeklyPicture(_ week: ISOWeek) async throws -> (picture: WeeklyPicture, reports: [Report]) {
        struct Count: Decodable { var week: String; var indicator_code: String; var area_code: String?; var n: Int }
        let weeks = (0...5).map { week.adding(weeks: -$0).description }
        let sql = database.db as! any SQLDatabase
        let counts = try await sql.select()
            .column("week").column("indicator_code").column("area_code").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("reports")
            .where("municipality_id", .equal, municipalityID)
            .where("status", .equal, ReportStatus.published.rawValue)
            .where("week", .in, weeks)
            .groupBy("week").groupBy("indicator_code").groupBy("area_code")
            .all(decoding: Count.self)
        let picture = WeeklyPicture.make(week: week, counts: counts.compactMap { row in
            ISOWeek(row.week).map { ($0, row.indicator_code, row.area_code, row.n) }
        })
        let reports = try await list(scope: .published, filter: .init(week: week), limit: 100_000)
        return (picture, reports.reversed())
    }
}
