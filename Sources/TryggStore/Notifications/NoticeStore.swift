import FluentKit
import Foundation
import SQLKit
import TryggCore

/// A notice to be written, and the e-mail to go with it when the user asked for its kind.
public struct NoticeDraft: Sendable {
    public var userID: UUID
    public var kind: Notice.Kind
    public var subject: [String: String]
    /// One notice per user and key: the same event seen twice (a retry, two instances) is told once.
    public var dedupeKey: String

    public init(userID: UUID, kind: Notice.Kind, subject: [String: String], dedupeKey: String) {
        self.userID = userID
        self.kind = kind
        self.subject = subject
        self.dedupeKey = dedupeKey
    }
}

/// Notices in Trygg and the outbox of their e-mails; each user's choice of kinds by e-mail.
public struct NoticeStore: Sendable {
    let database: TryggDatabase
    let municipalityID: UUID

    public init(_ database: TryggDatabase, municipalityID: UUID) {
        self.database = database
        self.municipalityID = municipalityID
    }

    /// Writes notices on `db` (inside the caller's transaction when it has one): in Trygg for every user
    /// the caller names, and marked for e-mail when the user chose the kind and has an address.
    static func write(_ drafts: [NoticeDraft], municipalityID: UUID, now: Date, on db: any Database) async throws {
        guard !drafts.isEmpty else { return }
        let sql = db as! any SQLDatabase
        struct Choice: Decodable { var user_id: UUID; var kind: String }
        let users = Array(Set(drafts.map(\.userID)))
        let chosen = Set(
            try await sql.select().column("user_id").column("kind").from("notice_preferences")
                .where("user_id", .in, users).all(decoding: Choice.self).map { "\($0.user_id)|\($0.kind)" })
        let addresses = Dictionary(
            uniqueKeysWithValues: try await UserRecord.query(on: db).filter(\.$id ~~ users).all()
                .map { ($0.id!, $0.email ?? "") })
        for draft in drafts {
            let wantsMail =
                chosen.contains("\(draft.userID)|\(draft.kind.rawValue)") && !(addresses[draft.userID] ?? "").isEmpty
            if try await NoticeRecord.query(on: db).filter(\.$userID == draft.userID).filter(
                \.$dedupeKey == draft.dedupeKey
            ).first() != nil {
                continue
            }
            let record = NoticeRecord()
            record.municipalityID = municipalityID
            record.userID = draft.userID
            record.kind = draft.kind.rawValue
            record.subject = String(decoding: try JSONEncoder.sorted.encode(draft.subject), as: UTF8.self)
            record.dedupeKey = draft.dedupeKey
            record.createdAt = now
            record.mail = (wantsMail ? Notice.Mail.pending : .none).rawValue
            record.attempts = 0
            record.nextAttemptAt = wantsMail ? now : nil
            try await record.create(on: db)
        }
    }

    public func notify(_ drafts: [NoticeDraft], now: Date = Date()) async throws {
        try await Self.write(drafts, municipalityID: municipalityID, now: now, on: database.db)
    }

    /// The user's notices, newest first.
    public func notices(for userID: UUID, limit: Int = 50) async throws -> [Notice] {
        try await NoticeRecord.query(on: database.db).filter(\.$municipalityID == municipalityID).filter(
            \.$userID == userID
        )
        .sort(\.$createdAt, .descending).limit(limit).all().compactMap(\.value)
    }

    public func markAllRead(for userID: UUID, now: Date = Date()) async throws {
        try await NoticeRecord.query(on: database.db).filter(\.$userID == userID).filter(\.$readAt == nil).set(
            \.$readAt, to: now
        ).update()
    }

    /// The kinds the user gets by e-mail.
    public func preferences(of userID: UUID) async throws -> Set<Notice.Kind> {
        struct Row: Decodable { var kind: String }
        let sql = database.db as! any SQLDatabase
        return Set(
            try await sql.select().column("kind").from("notice_preferences").where("user_id", .equal, userID)
                .all(decoding: Row.self).compactMap { Notice.Kind(rawValue: $0.kind) })
    }

    /// Sets the user's address and kinds by e-mail in one transaction; an address that is no address is refused.
    public func setPreferences(of userID: UUID, email: String, kinds: Set<Notice.Kind>) async throws {
        let email = email.trimmingCharacters(in: .whitespaces)
        if !email.isEmpty && !EmailAddress.isPlausible(email) {
            throw ValidationFailure([.init("email", .invalidEmail)])
        }
        if email.isEmpty && !kinds.isEmpty { throw ValidationFailure([.init("email", .required)]) }
        guard
            let user = try await UserRecord.query(on: database.db).filter(\.$municipalityID == municipalityID).filter(
                \.$id == userID
            ).first()
        else { throw StoreError.notFound("user") }
        try await database.db.transaction { db in
            user.email = email.isEmpty ? nil : email
            try await user.save(on: db)
            let sql = db as! any SQLDatabase
            try await sql.delete(from: "notice_preferences").where("user_id", .equal, userID).run()
            for kind in kinds {
                try await sql.insert(into: "notice_preferences").columns("user_id", "kind").values(
                    SQLBind(userID), SQLBind(kind.rawValue)
                ).run()
            }
        }
    }

    /// Remembers the user's language for their e-mails.
    public func setLanguage(of userID: UUID, _ language: Language) async throws {
        try await UserRecord.query(on: database.db).filter(\.$id == userID).set(\.$language, to: language.rawValue)
            .update()
    }
}

extension JSONEncoder {
    /// Keys in order, so the same subject is stored as the same text.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
