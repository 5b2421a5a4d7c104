import FluentKit
import Foundation
import TryggCore

final class NoticeRecord: Model, @unchecked Sendable {
    static let schema = "notices"

    @ID(key: .id) var id: UUID?
    @Field(key: "municipality_id") var municipalityID: UUID
    @Field(key: "user_id") var userID: UUID
    @Field(key: "kind") var kind: String
    /// The notice's subject as JSON: `{"report": "…"}`, `{"week": "2026-W48", "count": "12"}`.
    @Field(key: "subject") var subject: String
    @Field(key: "dedupe_key") var dedupeKey: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "read_at") var readAt: Date?
    @Field(key: "mail") var mail: String
    @Field(key: "attempts") var attempts: Int
    @OptionalField(key: "next_attempt_at") var nextAttemptAt: Date?
    @OptionalField(key: "claimed_until") var claimedUntil: Date?
    /// Which claim holds the notice: only that claim may mark it sent or failed.
    @OptionalField(key: "claim_token") var claimToken: String?
    @OptionalField(key: "sent_at") var sentAt: Date?
    @OptionalField(key: "last_error") var lastError: String?

    init() {}

    /// nil for a row whose kind or mail state this version does not know: it is skipped, never guessed.
    var value: Notice? {
        guard let id, let kind = Notice.Kind(rawValue: kind), let mail = Notice.Mail(rawValue: mail) else { return nil }
        let subject = (try? JSONDecoder().decode([String: String].self, from: Data(self.subject.utf8))) ?? [:]
        return Notice(
            id: id, userID: userID, kind: kind, subject: subject, createdAt: createdAt, readAt: readAt, mail: mail)
    }
}
