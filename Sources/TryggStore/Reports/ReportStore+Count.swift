import FluentKit
import Foundation
import TryggCore

extension ReportStore {
    /// How many of the municipality's reports are in `status`, optionally only those that happened before
    /// a moment (reports still undecided two weeks after the event are late). Served by the index on
    /// (municipality, status, occurred_at).
    public func count(status: ReportStatus, occurredBefore: Date? = nil, reporterID: UUID? = nil) async throws -> Int {
        var query = ReportRecord.query(on: database.db).filter(\.$municipalityID == municipalityID)
            .filter(\.$status == status.rawValue)
        if let reporterID { query = query.filter(\.$reporterID == reporterID) }
        if let occurredBefore { query = query.filter(\.$occurredAt < occurredBefore) }
        return try await query.count()
    }
}
