import FluentKit
import Foundation
import SQLKit
import TryggCore

final class PasswordResetRecord: Model, @unchecked Sendable {
    static let schema = "password_resets"

    @ID(key: .id) var id: UUID?
    @Field(key: "municipality_id") var municipalityID: UUID
    @Field(key: "user_id") var userID: UUID
    @Field(key: "token_hash") var tokenHash: String
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}
}

/// Changing a password: by its owner (who gives the current one) or through a one-time reset link a
/// coordinator issues. Either way every session begun before the change ends.
public struct PasswordChanges: Sendable {
    let database: TryggDatabase
    let municipalityID: UUID
    let hashing: any PasswordHashing

    /// A reset link holds for a day: long enough to reach someone, short enough to go stale unused.
    public static let resetLifetime: TimeInterval = 24 * 3600

    public init(_ database: TryggDatabase, municipalityID: UUID, hashing: any PasswordHashing) {
        self.database = database
        self.municipalityID = municipalityID
        self.hashing = hashing
    }

    /// The owner changes their password; every problem at once (current, new, repeated). Returns the
    /// moment recorded as the change, from which the owner's new session must count.
    @discardableResult
    public func change(
        _ userID: UUID, current: String, new: String, repeated: String, now: Date = Date()
    ) async throws -> Date {
        guard let record = try await user(userID) else { throw StoreError.notFound("user") }
        var errors: [FieldError] = []
        if !hashing.verify(current, against: record.passwordHash) { errors.append(.init("current", .wrongPassword)) }
        errors += Self.problems(new: new, repeated: repeated)
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        return try await database.db.transaction { db in
            try await Self.set(record, new, hashing: hashing, now: now, on: db)
        }
    }

    /// A new one-time reset link's token for a user of the municipality, shown once; only its hash is kept.
    public func issueReset(for userID: UUID, by actorID: UUID?, now: Date = Date()) async throws -> String {
        guard try await user(userID) != nil else { throw StoreError.notFound("user") }
        let token = AccessTokenFormat.generate().replacingOccurrences(of: AccessTokenFormat.prefix, with: "")
        let record = PasswordResetRecord()
        record.municipalityID = municipalityID
        record.userID = userID
        record.tokenHash = AccessTokenStore.digest(token)
        record.createdBy = actorID
        record.createdAt = now
        record.expiresAt = now.addingTimeInterval(Self.resetLifetime)
        try await record.create(on: database.db)
        return token
    }

    /// The user a reset token may still set a password for, or nil (unknown, used or expired).
    public func resetUser(_ token: String, now: Date = Date()) async throws -> User? {
        guard let reset = try await usableReset(token, now: now) else { return nil }
        return try await user(reset.userID)?.value
    }

    /// Sets a new password through a reset link and spends the link, in one transaction.
    public func redeem(_ token: String, new: String, repeated: String, now: Date = Date()) async throws -> User {
        guard let reset = try await usableReset(token, now: now), let record = try await user(reset.userID) else {
            throw ValidationFailure([.init("token", .expired)])
        }
        let errors = Self.problems(new: new, repeated: repeated)
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        try await database.db.transaction { db in
            // Spent first and conditionally, so two uses of one link at once cannot both set a password.
            let spent = try await (db as! any SQLDatabase).update("password_resets").set("used_at", to: now)
                .where("id", .equal, reset.id!).where("used_at", .is, SQLLiteral.null).returning("id").all()
            guard spent.count == 1 else { throw ValidationFailure([.init("token", .expired)]) }
            try await Self.set(record, new, hashing: hashing, now: now, on: db)
        }
        return record.value
    }

    static func problems(new: String, repeated: String) -> [FieldError] {
        var errors: [FieldError] = []
        if let problem = PasswordPolicy.problem(with: new) { errors.append(.init("password", problem)) }
        if new != repeated { errors.append(.init("repeated", .mismatch)) }
        return errors
    }

    /// Sets a password, ends every session begun before it and spends every other reset link of the user.
    /// The moment is rounded up to a whole second: SQLite keeps dates to the microsecond, rounded, and the
    /// session that made the change must compare as not older than it.
    @discardableResult
    static func set(
        _ record: UserRecord, _ password: String, hashing: any PasswordHashing, now: Date, on db: any Database
    ) async throws -> Date {
        let changedAt = Date(timeIntervalSince1970: (now.timeIntervalSince1970).rounded(.up))
        record.passwordHash = hashing.hash(password)
        record.passwordChangedAt = changedAt
        try await record.save(on: db)
        try await (db as! any SQLDatabase).update("password_resets").set("used_at", to: now)
            .where("user_id", .equal, record.id!).where("used_at", .is, SQLLiteral.null).run()
        return changedAt
    }

    private func usableReset(_ token: String, now: Date) async throws -> PasswordResetRecord? {
        try await PasswordResetRecord.query(on: database.db).filter(\.$municipalityID == municipalityID)
            .filter(\.$tokenHash == AccessTokenStore.digest(token)).filter(\.$usedAt == nil).filter(\.$expiresAt > now)
            .first()
    }

    private func user(_ id: UUID) async throws -> UserRecord? {
        try await UserRecord.query(on: database.db).filter(\.$municipalityID == municipalityID).filter(\.$id == id)
            .first()
    }
}
