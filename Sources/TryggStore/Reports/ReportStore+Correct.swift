import Foundation
import TryggCore

extension ReportStore {
    /// A reviewer corrects a submitted report before deciding: indicator, place and text. A changed
    /// description is a redaction: the original survives only in the history, where coordinators read it.
    /// With `expectedVersion`, a report changed meanwhile (the reporter's edit, a decision) is a conflict.
    public func correct(
        _ id: UUID, with draft: ReportDraft, by reviewer: User, expectedVersion: Int? = nil, now: Date = Date()
    ) async throws -> Report {
        let (areaCode, draft) = try await checked(draft, now: now)
        return try await apply(
            id, Write(change: .correct, expectedVersion: expectedVersion, content: .init(area: areaCode, draft: draft)),
            by: reviewer, now: now)
    }
}
