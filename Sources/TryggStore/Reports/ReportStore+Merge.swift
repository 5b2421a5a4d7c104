import Foundation
import TryggCore

extension ReportStore {
    /// Folds a duplicate into the report that is kept; the duplicate must still await review and the kept
    /// one must not be merged itself. The duplicate stays, marked merged, so its history is not lost.
    public func merge(
        _ duplicateID: UUID, into keptID: UUID, by reviewer: User, expectedVersion: Int? = nil, now: Date = Date()
    ) async throws {
        guard duplicateID != keptID, try await find(duplicateID, scope: .all) != nil,
            let kept = try await find(keptID, scope: .all)
        else {
            throw StoreError.notFound("report")
        }
        guard kept.status != .merged else { throw StoreError.conflict("report") }
        _ = try await apply(
            duplicateID, Write(change: .merge(into: keptID), expectedVersion: expectedVersion), by: reviewer, now: now)
    }
}
