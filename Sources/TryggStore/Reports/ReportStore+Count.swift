import FluentKit
import TryggCore

extension ReportStore {
    /// How many of the municipality's reports are in `status`.
    public func count(status: ReportStatus) async throws -> Int {
        try await ReportRecord.query(on: database.db).filter(\.$municipalityID == municipalityID)
            .filter(\.$status == status.rawValue).count()
    }
}
