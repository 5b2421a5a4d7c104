import Foundation
import SQLKit
import TryggCore

/// One page of a report search: the reports on it and how many match in all.
public struct ReportSearchPage: Sendable, Equatable {
    public var total: Int
    public var reports: [Report]

    public init(total: Int, reports: [Report]) {
        self.total = total
        self.reports = reports
    }
}

extension ReportStore {
    /// The reports within `scope` that match `search`, ordered as it asks, from `offset`; and the total.
    public func search(
        _ search: ReportSearch, scope: ReportScope, offset: Int = 0, limit: Int = 50
    ) async throws -> ReportSearchPage {
        let sql = database.db as! any SQLDatabase
        struct Count: Decodable { var n: Int }
        let count = try await matching(
            search, scope: scope,
            sql.select()
                .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("reports")
        ).first(decoding: Count.self)
        let reports = try await rows(search, scope: scope, offset: offset, limit: limit)
        return ReportSearchPage(total: count?.n ?? 0, reports: reports)
    }

    /// Every matching report up to `limit`, in the search's order: what an export writes.
    public func rows(_ search: ReportSearch, scope: ReportScope, offset: Int = 0, limit: Int) async throws -> [Report] {
        let sql = database.db as! any SQLDatabase
        var query = matching(
            search, scope: scope, sql.select().columns(ReportRow.columns.map { SQLColumn($0) }).from("reports"))
        switch search.order {
        case .newest: query = query.orderBy("occurred_at", .descending)
        case .oldest: query = query.orderBy("occurred_at", .ascending)
        case .area: query = query.orderBy("area_code").orderBy("occurred_at", .descending)
        case .indicator:
            query = query.orderBy("indicator_code").orderBy("subtype_code").orderBy("occurred_at", .descending)
        case .status: query = query.orderBy("status").orderBy("occurred_at", .descending)
        }
        // The id breaks ties, so paging never shows a report twice or skips one.
        return try await query.orderBy("id").offset(offset).limit(limit).all(decoding: ReportRow.self).map {
            try $0.value()
        }
    }

    private func matching(_ search: ReportSearch, scope: ReportScope, _ query: SQLSelectBuilder) -> SQLSelectBuilder {
        var query = query.where("municipality_id", .equal, municipalityID)
        if case .own(let reporterID) = scope { query = query.where("reporter_id", .equal, reporterID) }
        if let statuses = scope.statuses { query = query.where("status", .in, statuses.map(\.rawValue)) }
        if let status = search.status { query = query.where("status", .equal, status.rawValue) }
        if let from = search.from { query = query.where("occurred_at", .greaterThanOrEqual, from) }
        if let to = search.to { query = query.where("occurred_at", .lessThan, to) }
        if let area = search.areaCode { query = query.where("area_code", .equal, area) }
        if let indicator = search.indicatorCode { query = query.where("indicator_code", .equal, indicator) }
        if let subtype = search.subtypeCode { query = query.where("subtype_code", .equal, subtype) }
        // Who reported is not the reader's to filter by: readers see published weeks without it.
        if let organisation = search.organisationID, scope != .published {
            query = query.where("organisation_id", .equal, organisation)
        }
        if let text = search.text {
            let pattern = "%" + text + "%"
            query = query.where { group in
                group.where(SQLFunction("LOWER", args: SQLColumn("description")), .like, SQLBind(pattern))
                    .orWhere(SQLFunction("LOWER", args: SQLColumn("place_description")), .like, SQLBind(pattern))
            }
        }
        return query
    }
}
