import Foundation

/// One change of what a user may do (roles or the restricted grant): who changed it, when, from what to what.
/// Kept append-only, so a coordinator can always see who was given access to the extremism material.
public struct GrantChange: Sendable, Equatable, Codable {
    public var userID: UUID
    /// Who made the change; nil for the command line, which has no signed-in user.
    public var actorID: UUID?
    public var at: Date
    /// nil when the user was created by this change.
    public var rolesBefore: Set<Role>?
    public var rolesAfter: Set<Role>
    public var restrictedBefore: Bool?
    public var restrictedAfter: Bool

    public init(
        userID: UUID, actorID: UUID?, at: Date, rolesBefore: Set<Role>?, rolesAfter: Set<Role>,
        restrictedBefore: Bool?, restrictedAfter: Bool
    ) {
        self.userID = userID
        self.actorID = actorID
        self.at = at
        self.rolesBefore = rolesBefore
        self.rolesAfter = rolesAfter
        self.restrictedBefore = restrictedBefore
        self.restrictedAfter = restrictedAfter
    }

    /// The change a save makes, or nil when the user's grants stay as they were.
    public static func between(
        _ before: User?, and after: User, by actorID: UUID?, at: Date
    ) -> GrantChange? {
        if let before, before.roles == after.roles, before.restrictedAccess == after.restrictedAccess { return nil }
        return GrantChange(
            userID: after.id, actorID: actorID, at: at, rolesBefore: before?.roles, rolesAfter: after.roles,
            restrictedBefore: before?.restrictedAccess, restrictedAfter: after.restrictedAccess
        )
    }

    /// Whether this change gave or took away the restricted grant.
    public var changesRestrictedAccess: Bool {
        restrictedBefore != restrictedAfter && !(restrictedBefore == nil && !restrictedAfter)
    }
}
