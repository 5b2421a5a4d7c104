import FluentKit
import Foundation
import TryggCore

final class UserRecord: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Field(key: "municipality_id") var municipalityID: UUID
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "username") var username: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "password_hash") var passwordHash: String
    /// Roles are a closed set, stored as a comma-separated list of their raw values.
    @Field(key: "roles") var roles: String
    @Field(key: "restricted_access") var restrictedAccess: Bool
    @Field(key: "active") var active: Bool
    /// M016: when the password last changed; sessions begun before it have ended.
    @OptionalField(key: "password_changed_at") var passwordChangedAt: Date?
    /// M018: for notices by e-mail.
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "language") var language: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var roleSet: Set<Role> {
        get { Set(roles.split(separator: ",").compactMap { Role(rawValue: String($0)) }) }
        set { roles = newValue.map(\.rawValue).sorted().joined(separator: ",") }
    }

    var value: User {
        var user = User(
            id: id!, username: username, displayName: displayName, organisationID: organisationID,
            roles: roleSet, restrictedAccess: restrictedAccess, active: active, passwordChangedAt: passwordChangedAt
        )
        user.email = email
        user.language = language.flatMap(Language.init(rawValue:)) ?? .sv
        return user
    }
}
