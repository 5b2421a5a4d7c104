import FluentKit
import Foundation
import TryggCore

extension ReportStore {
    /// A reviewer corrects a submitted report before deciding: indicator, place and text. A changed
    /// description is a redaction: the original survives only in the history, where coordinators read it.
    public func correct(_ id: UUID, with draft: ReportDraft, by reviewer: User, now: Date = Date()) async throws -> Report {
        guard let record = try await ReportRecord.query(on: database.db).filter(\.$municipalityID == municipalityID)
            .filter(\.$id == id).first() else { throw StoreError.notFound("report") }
        guard record.status == ReportStatus.submitted.rawValue else { throw StoreError.conflict("report") }
        let (areaCode, draft) = try await checked(draft, now: now)
        let original = record.description
        record.apply(draft, areaCode: areaCode)
        record.version += 1
        let redacted = record.description != original
        try await database.db.transaction { db in
            try await record.save(on: db)
            try await ReportEventRecord(reportID: id, event: .init(at: now, actorID: reviewer.id, action: .edited)).create(on: db)
            if redacted {
                try await ReportEventRecord(reportID: id, event: .init(at: now, actorID: reviewer.id, action: .redacted, comment: original))
                    .create(on: db)
            }
        }
        return record.value
    }
}
