import Foundation

/// What a coordinator (or the CLI) submits to create or change a user, before validation.
public struct UserDraft: Sendable, Equatable {
    public var username: String
    public var displayName: String
    public var organisationID: UUID?
    public var roles: Set<Role>
    public var restrictedAccess: Bool
    /// Required when creating; empty when editing means "keep the current password".
    public var password: String

    public init(
        username: String, displayName: String, organisationID: UUID?, roles: Set<Role>,
        restrictedAccess: Bool = false, password: String = ""
    ) {
        self.username = username
        self.displayName = displayName
        self.organisationID = organisationID
        self.roles = roles
        self.restrictedAccess = restrictedAccess
        self.password = password
    }

    /// Checks every field at once so a form can show all problems together.
    public func validate(creating: Bool) -> [FieldError] {
        var errors: [FieldError] = []
        let name = username.trimmingCharacters(in: .whitespaces)
        if name.isEmpty {
            errors.append(.init("username", .required))
        } else if !Self.isValidUsername(name) {
            errors.append(.init("username", .usernameFormat))
        }
        if displayName.trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append(.init("displayName", .required))
        } else if displayName.count > 100 {
            errors.append(.init("displayName", .tooLong))
        }
        if organisationID == nil { errors.append(.init("organisation", .required)) }
        if roles.isEmpty { errors.append(.init("roles", .atLeastOneRole)) }
        if creating || !password.isEmpty {
            if let problem = PasswordPolicy.problem(with: password) {
                errors.append(.init("password", problem))
            }
        }
        return errors
    }

    /// Usernames are lower-case ASCII so they can be typed on any keyboard and compared exactly.
    public static func isValidUsername(_ name: String) -> Bool {
        guard (2...40).contains(name.count) else { return false }
        return name.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "._-".contains($0) }
    }
}
