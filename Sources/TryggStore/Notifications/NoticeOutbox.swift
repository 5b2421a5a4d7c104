import FluentKit
import Foundation
import SQLKit
import TryggCore

/// A notice whose e-mail is due, with where and in which language it goes.
public struct OutboundNotice: Sendable, Equatable {
    public var notice: Notice
    public var email: String
    public var language: Language
    public var attempts: Int
    /// The claim that took it; marking it sent or failed needs the same.
    public var claim: String
}

/// The e-mails of notices, sent by whichever app instance claims them first. A claim is a lease written
/// to the database with a conditional update, so two instances on one PostgreSQL never both take a
/// notice; one that dies mid-send leaves the lease to run out and the notice is tried again.
public struct NoticeOutbox: Sendable {
    let database: TryggDatabase

    public init(_ database: TryggDatabase) { self.database = database }

    /// Takes up to `limit` due notices for `lease` seconds. The lease covers the whole batch sent one after
    /// another, each send waiting at most three replies of 30 seconds: 5 × 90 s, with room to spare.
    public func claim(now: Date = Date(), lease: TimeInterval = 600, limit: Int = 5) async throws -> [OutboundNotice] {
        let sql = database.db as! any SQLDatabase
        try await sql.update("notices").set("mail", to: Notice.Mail.expired.rawValue)
            .where("mail", .equal, Notice.Mail.pending.rawValue).where(
                "created_at", .lessThan, now.addingTimeInterval(-MailRetry.staleAfter)
            ).run()
        struct Row: Decodable { var id: UUID }
        let due = try await sql.select().column("id").from("notices")
            .where("mail", .equal, Notice.Mail.pending.rawValue).where("next_attempt_at", .lessThanOrEqual, now)
            .where { $0.where("claimed_until", .is, SQLLiteral.null).orWhere("claimed_until", .lessThan, now) }
            .orderBy("next_attempt_at").limit(limit).all(decoding: Row.self).map(\.id)
        guard !due.isEmpty else { return [] }
        // The conditions are repeated on the update itself: PostgreSQL re-checks them on a row another
        // instance claimed meanwhile, and then leaves it out.
        let token = UUID().uuidString
        let claimed = try await sql.update("notices").set("claimed_until", to: now.addingTimeInterval(lease)).set(
            "claim_token", to: token
        )
        .where("id", .in, due).where("mail", .equal, Notice.Mail.pending.rawValue)
        .where { $0.where("claimed_until", .is, SQLLiteral.null).orWhere("claimed_until", .lessThan, now) }
        .returning("id").all(decoding: Row.self).map(\.id)
        guard !claimed.isEmpty else { return [] }
        let records = try await NoticeRecord.query(on: database.db).filter(\.$id ~~ claimed).all()
        let users = Dictionary(
            uniqueKeysWithValues: try await UserRecord.query(on: database.db).filter(\.$id ~~ records.map(\.userID))
                .all()
                .map { ($0.id!, $0) })
        var outbound: [OutboundNotice] = []
        for record in records {
            guard let notice = record.value, let user = users[record.userID], let email = user.email, user.active else {
                // The address was removed or the user deactivated since: nothing to send, ever.
                try await NoticeRecord.query(on: database.db).filter(\.$id == record.id!)
                    .set(\.$mail, to: Notice.Mail.none.rawValue).set(\.$claimedUntil, to: nil).update()
                continue
            }
            outbound.append(
                OutboundNotice(
                    notice: notice, email: email, language: user.value.language, attempts: record.attempts, claim: token
                ))
        }
        return outbound
    }

    public func sent(_ notice: OutboundNotice, now: Date = Date()) async throws {
        try await NoticeRecord.query(on: database.db).filter(\.$id == notice.notice.id).filter(
            \.$claimToken == notice.claim
        )
        .set(\.$mail, to: Notice.Mail.sent.rawValue).set(\.$sentAt, to: now).set(\.$claimedUntil, to: nil).update()
    }

    /// A failed try: again later when the failure may pass and tries remain, otherwise failed for good.
    public func failed(_ notice: OutboundNotice, error: String, transient: Bool, now: Date = Date()) async throws {
        let attempt = notice.attempts + 1
        let giveUp = !transient || attempt >= MailRetry.maximumAttempts
        try await NoticeRecord.query(on: database.db).filter(\.$id == notice.notice.id).filter(
            \.$claimToken == notice.claim
        )
        .set(\.$mail, to: (giveUp ? Notice.Mail.failed : .pending).rawValue).set(\.$attempts, to: attempt)
        .set(\.$nextAttemptAt, to: giveUp ? nil : now.addingTimeInterval(MailRetry.delay(afterAttempt: attempt)))
        .set(\.$claimedUntil, to: nil).set(\.$lastError, to: String(error.prefix(500))).update()
    }

    /// How many e-mails stand in each state, for the coordinator's page.
    public func counts() async throws -> [Notice.Mail: Int] {
        struct Row: Decodable { var mail: String; var n: Int }
        let sql = database.db as! any SQLDatabase
        let rows = try await sql.select().column("mail").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("notices")
            .groupBy("mail").all(decoding: Row.self)
        return Dictionary(
            uniqueKeysWithValues: rows.compactMap { row in Notice.Mail(rawValue: row.mail).map { ($0, row.n) } })
    }
}
