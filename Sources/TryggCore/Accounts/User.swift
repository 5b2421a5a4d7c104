import Foundation

/// A person who signs in to Trygg, as the rest of the system sees them.
public struct User: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var username: String
    public var displayName: String
    public var organisationID: UUID
    public var roles: Set<Role>
    /// Separate from the roles: only a small named group may read the violent-extremism material.
    public var restrictedAccess: Bool
    public var active: Bool
    /// When the password last changed: sessions begun before it have ended.
    public var passwordChangedAt: Date?
    /// Where notices go by e-mail, when the user asked for any.
    public var email: String?
    /// The language of the user's e-mails (the pages follow the browser or the switch).
    public var language: Language = .sv

    public init(
        id: UUID, username: String, displayName: String, organisationID: UUID,
        roles: Set<Role>, restrictedAccess: Bool = false, active: Bool = true, passwordChangedAt: Date? = nil
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.organisationID = organisationID
        self.roles = roles
        self.restrictedAccess = restrictedAccess
        self.active = active
        self.passwordChangedAt = passwordChangedAt
    }

    /// Whether a session begun at `signedInAt` still holds: none survives a change of password.
    public func sessionHolds(signedInAt: Date?) -> Bool {
        guard let changed = passwordChangedAt else { return true }
        guard let signedInAt else { return false }
        return signedInAt >= changed
    }

    public func has(_ role: Role) -> Bool { roles.contains(role) }

    /// True when the user holds at least one of the given roles.
    public func hasAny(of wanted: Set<Role>) -> Bool { !roles.isDisjoint(with: wanted) }

    /// Roles in the order the UI lists them.
    public var sortedRoles: [Role] { roles.sorted() }
}
