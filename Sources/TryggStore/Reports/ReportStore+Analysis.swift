import Foundation
import SQLKit
import TryggCore

extension ReportStore {
    /// Approved and published reports that occurred in [from, to), as the analyses need them: six columns
    /// read straight through SQLKit, since a year of a large municipality is a hundred thousand rows.
    /// Without `withPlace`, position and part of day are not read (trends count by time, indicator and area
    /// only, over two years at a time).
    public func analysisEvents(
        from: Date, to: Date, indicator: String? = nil, area: String? = nil, withPlace: Bool = true,
        indicators: [String]? = nil, areas: [String]? = nil
    ) async throws -> [AnalysisEvent] {
        struct Row: Decodable {
            var occurred_at: Date
            var part_of_day: String?
            var indicator_code: String
            var area_code: String?
            var latitude: Double?
            var longitude: Double?
        }
        let sql = database.db as! any SQLDatabase
        var query = sql.select().column("occurred_at").column("indicator_code").column("area_code").from("reports")
            .where("municipality_id", .equal, municipalityID)
            .where("status", .in, ReportScope.approved.statuses!.map(\.rawValue))
            .where("occurred_at", .greaterThanOrEqual, from)
            .where("occurred_at", .lessThan, to)
        if let indicator { query = query.where("indicator_code", .equal, indicator) }
        if let area { query = query.where("area_code", .equal, area) }
        if let indicators { query = query.where("indicator_code", .in, indicators) }
        if let areas { query = query.where("area_code", .in, areas) }
        if withPlace { query = query.column("part_of_day").column("latitude").column("longitude") }
        return try await query.all(decoding: Row.self).map { row in
            AnalysisEvent(
                occurredAt: row.occurred_at, partOfDay: row.part_of_day.flatMap(ReportDraft.PartOfDay.init(rawValue:)),
                indicator: row.indicator_code, area: row.area_code, latitude: row.latitude, longitude: row.longitude)
        }
    }
}
