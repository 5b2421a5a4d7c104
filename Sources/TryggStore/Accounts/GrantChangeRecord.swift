import FluentKit
import Foundation
import TryggCore

final class GrantChangeRecord: Model, @unchecked Sendable {
    static let schema = "grant_changes"

    @ID(key: .id) var id: UUID?
    @Field(key: "municipality_id") var municipalityID: UUID
    @Field(key: "user_id") var userID: UUID
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "at") var at: Date
    @OptionalField(key: "roles_before") var rolesBefore: String?
    @Field(key: "roles_after") var rolesAfter: String
    @OptionalField(key: "restricted_before") var restrictedBefore: Bool?
    @Field(key: "restricted_after") var restrictedAfter: Bool

    init() {}

    init(municipalityID: UUID, change: GrantChange) {
        self.municipalityID = municipalityID
        userID = change.userID
        actorID = change.actorID
        at = change.at
        rolesBefore = change.rolesBefore.map(Self.text)
        rolesAfter = Self.text(change.rolesAfter)
        restrictedBefore = change.restrictedBefore
        restrictedAfter = change.restrictedAfter
    }

    var value: GrantChange {
        GrantChange(
            userID: userID, actorID: actorID, at: at, rolesBefore: rolesBefore.map(Self.roles),
            rolesAfter: Self.roles(rolesAfter),
            restrictedBefore: restrictedBefore, restrictedAfter: restrictedAfter
        )
    }

    static func text(_ roles: Set<Role>) -> String { roles.map(\.rawValue).sorted().joined(separator: ",") }
    static func roles(_ text: String) -> Set<Role> {
        Set(text.split(separator: ",").compactMap { Role(rawValue: String($0)) })
    }
}
