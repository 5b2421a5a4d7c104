import FluentKit
import Foundation
import TryggCore

final class AccessTokenRecord: Model, @unchecked Sendable {
    static let schema = "access_tokens"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "name") var name: String
    /// SHA-256 of the token: the token itself is shown once and never stored.
    @Field(key: "token_hash") var tokenHash: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?

    init() {}

    var value: AccessToken {
        AccessToken(
            id: id!, userID: userID, name: name, createdAt: createdAt ?? expiresAt, expiresAt: expiresAt,
            revokedAt: revokedAt, lastUsedAt: lastUsedAt
        )
    }
}

/// A personal access token as listed to its owner (never the secret itself).
public struct AccessToken: Sendable, Equatable, Identifiable {
    public var id: UUID
    public var userID: UUID
    public var name: String
    public var createdAt: Date
    public var expiresAt: Date
    public var revokedAt: Date?
    public var lastUsedAt: Date?

    public func isUsable(at now: Date) -> Bool { revokedAt == nil && expiresAt > now }
}
