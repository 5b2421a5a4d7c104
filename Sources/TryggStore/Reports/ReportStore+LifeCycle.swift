import FluentKit
import Foundation
import SQLKit
import TryggCore

extension ReportStore {
    /// One change of a stored report, as `apply` writes it.
    struct Write: Sendable {
        var change: ReportChange
        /// The version the writer saw; nil when the caller has no older copy to protect (a bulk decision
        /// taken on the agenda as it stands).
        var expectedVersion: Int?
        /// New content (edit, correct) with the area it lies in.
        var content: Content?
        /// The reviewer's words on a decision.
        var comment: String?
        /// Only this reporter's own report may change; anyone else's is not found.
        var owner: UUID?

        struct Content: Sendable {
            var area: String?
            var draft: ReportDraft
        }
    }

    /// The one way a stored report changes. In one transaction it reads the report, refuses a stale version
    /// or a change the report's status does not allow (`StoreError.conflict`, a 409 on the web), writes the
    /// new row with a compare-and-set on the version, and appends the history events and notices, so of two
    /// writers exactly one wins and the history is never without its change or the change without its history.
    func apply(_ id: UUID, _ write: Write, by actor: User, now: Date) async throws -> Report {
        let municipalityID = municipalityID
        return try await database.db.transaction { db in
            guard
                let record = try await ReportRecord.query(on: db).filter(\.$municipalityID == municipalityID).filter(
                    \.$id == id
                ).first(),
                write.owner == nil || write.owner == record.reporterID
            else { throw StoreError.notFound("report") }
            let before = try record.row.value()
            guard write.expectedVersion == nil || write.expectedVersion == before.version,
                let next = write.change.next(from: before.status)
            else { throw StoreError.conflict("report") }
            if let content = write.content { record.apply(content.draft, areaCode: content.area) }
            record.status = next.rawValue
            switch write.change {
            case .decide(let decision): record.reviewComment = decision == .approve ? nil : write.comment
            case .merge(let kept): record.reviewComment = kept.uuidString
            case .publish(let week): record.publishedWeek = week.description
            case .edit, .correct: break
            }
            record.version = before.version + 1
            var update = (db as! any SQLDatabase).update(ReportRecord.schema)
            for (column, value) in record.changeableColumns { update = update.set(column, to: value) }
            // Compare-and-set: the database, not this process, decides who was first.
            let changed = try await update.where("id", .equal, id).where("version", .equal, before.version).returning(
                "id"
            ).all()
            guard !changed.isEmpty else { throw StoreError.conflict("report") }
            let redacted =
                write.change == .correct && record.description != before.description ? before.description : nil
            for event in write.change.events(
                from: before.status, by: actor.id, at: now, comment: write.comment, redactedOriginal: redacted)
            {
                try await ReportEventRecord(reportID: id, event: event).create(on: db)
            }
            if write.change == .decide(.return) {
                try await NoticeStore.write(
                    [
                        NoticeDraft(
                            userID: before.reporterID, kind: .returnedReport, subject: ["report": id.uuidString],
                            dedupeKey: "returned:\(id):\(record.version)"
                        )
                    ], municipalityID: municipalityID, now: now, on: db)
            }
            return try record.row.value()
        }
    }
}
