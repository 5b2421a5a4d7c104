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
}
