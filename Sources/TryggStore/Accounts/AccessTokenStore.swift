import Crypto
import FluentKit
import Foundation
import TryggCore

/// Personal access tokens for the API: issued once, stored hashed, revocable.
public struct AccessTokenStore: Sendable {
    let database: TryggDatabase

    public init(_ database: TryggDatabase) { self.database = database }

    /// A new token for the user; the returned secret is the only time it is ever visible.
    public func issue(
        to userID: UUID, name: String, lifetime: TimeInterval = AccessTokenFormat.defaultLifetime, now: Date = Date()
    ) async throws -> (secret: String, token: AccessToken) {
        let secret = AccessTokenFormat.generate()
        let record = AccessTokenRecord()
        record.userID = userID
        record.name = name.isEmpty ? "API" : String(name.prefix(80))
        record.tokenHash = Self.digest(secret)
        record.expiresAt = now.addingTimeInterval(lifetime)
        try await record.create(on: database.db)
        return (secret, record.value)
    }

    /// The owner of a usable token, recording its use; nil for unknown, expired or revoked tokens.
    public func userID(forSecret secret: String, now: Date = Date()) async throws -> UUID? {
        guard AccessTokenFormat.looksLikeToken(secret) else { return nil }
        guard
            let record = try await AccessTokenRecord.query(on: database.db)
                .filter(\.$tokenHash == Self.digest(secret)).first(),
            record.value.isUsable(at: now)
        else { return nil }
        // Recording use at minute resolution keeps every request from writing.
        if record.lastUsedAt.map({ now.timeIntervalSince($0) > 60 }) ?? true {
            record.lastUsedAt = now
            try await record.save(on: database.db)
        }
        return record.userID
    }

    public func tokens(of userID: UUID) async throws -> [AccessToken] {
        try await AccessTokenRecord.query(on: database.db).filter(\.$userID == userID)
            .sort(\.$createdAt, .descending).all().map(\.value)
    }

    /// Revokes one of the user's own tokens; revoking twice is harmless.
    public func revoke(_ id: UUID, of userID: UUID, now: Date = Date()) async throws {
        guard
            let record = try await AccessTokenRecord.query(on: database.db)
                .filter(\.$id == id).filter(\.$userID == userID).first()
        else {
            throw StoreError.notFound("token")
        }
        if record.revokedAt == nil {
            record.revokedAt = now
            try await record.save(on: database.db)
        }
    }

    /// Hex SHA-256; tokens carry 256 bits of randomness, so a fast unsalted hash is enough.
    static func digest(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
