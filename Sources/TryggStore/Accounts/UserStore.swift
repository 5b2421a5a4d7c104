import FluentKit
import Foundation
import SQLKit
import TryggCore

/// Users of one municipality: creation, changes, deactivation and password checks. Reading users needs no
/// password hasher; setting or checking a password does, and a store opened without one never does either.
public struct UserStore: Sendable {
    let database: TryggDatabase
    let municipalityID: UUID
    private let passwordHashing: (any PasswordHashing)?

    public init(_ database: TryggDatabase, municipalityID: UUID, hashing: (any PasswordHashing)? = nil) {
        self.database = database
        self.municipalityID = municipalityID
        self.passwordHashing = hashing
    }

    /// The hasher for a password to set or check: asking for one from a reading store is a programming error.
    var hashing: any PasswordHashing {
        guard let passwordHashing else {
            preconditionFailure("UserStore opened without a password hasher cannot set or check passwords")
        }
        return passwordHashing
    }

    public func all() async throws -> [User] {
        try await query().sort(\.$username).all().map(\.value)
    }

    public func find(_ id: UUID) async throws -> User? {
        try await query().filter(\.$id == id).first()?.value
    }

    public func find(username: String) async throws -> User? {
        try await query().filter(\.$username == username).first()?.value
    }

    /// Creates a user; the grants they start with go into the grant log, made `by` a coordinator (nil: the CLI).
    @discardableResult
    public func create(_ draft: UserDraft, by actorID: UUID? = nil, now: Date = Date()) async throws -> User {
        var errors = draft.validate(creating: true)
        errors += try await referenceErrors(draft, excluding: nil)
        guard errors.isEmpty, let organisationID = draft.organisationID else { throw ValidationFailure(errors) }
        let record = UserRecord()
        record.municipalityID = municipalityID
        record.organisationID = organisationID
        record.username = draft.username.trimmingCharacters(in: .whitespaces)
        record.displayName = draft.displayName.trimmingCharacters(in: .whitespaces)
        record.passwordHash = hashing.hash(draft.password)
        record.roleSet = draft.roles
        record.restrictedAccess = draft.restrictedAccess
        record.active = true
        let municipalityID = self.municipalityID
        try await database.db.transaction { db in
            try await record.create(on: db)
            if let change = GrantChange.between(nil, and: record.value, by: actorID, at: now) {
                try await GrantChangeRecord(municipalityID: municipalityID, change: change).create(on: db)
            }
        }
        return record.value
    }

    /// Changes a user; an empty password in the draft keeps the current one. A change of roles or of the
    /// restricted grant is logged in the same transaction.
    public func update(_ id: UUID, with draft: UserDraft, by actorID: UUID? = nil, now: Date = Date()) async throws {
        var errors = draft.validate(creating: false)
        errors += try await referenceErrors(draft, excluding: id)
        guard errors.isEmpty, let organisationID = draft.organisationID else { throw ValidationFailure(errors) }
        let record = try await record(id)
        let before = record.value
        record.username = draft.username.trimmingCharacters(in: .whitespaces)
        record.displayName = draft.displayName.trimmingCharacters(in: .whitespaces)
        record.organisationID = organisationID
        record.roleSet = draft.roles
        record.restrictedAccess = draft.restrictedAccess
        let municipalityID = self.municipalityID
        let hashing = self.hashing
        try await database.db.transaction { db in
            // A coordinator's new password ends the user's sessions, as the user's own change does.
            if !draft.password.isEmpty {
                try await PasswordChanges.set(record, draft.password, hashing: hashing, now: now, on: db)
            }
            try await record.save(on: db)
            if let change = GrantChange.between(before, and: record.value, by: actorID, at: now) {
                try await GrantChangeRecord(municipalityID: municipalityID, change: change).create(on: db)
            }
        }
    }

    /// Every change of roles and restricted grants, newest first.
    public func grantChanges(limit: Int = 500) async throws -> [GrantChange] {
        try await GrantChangeRecord.query(on: database.db).filter(\.$municipalityID == municipalityID)
            .sort(\.$at, .descending).limit(limit).all().map(\.value)
    }

    /// Users are deactivated, never deleted: reports and history refer to them.
    public func setActive(_ id: UUID, _ active: Bool) async throws {
        let record = try await record(id)
        record.active = active
        try await record.save(on: database.db)
    }

    /// The active user with this username and password, or nil; takes as long either way.
    public func authenticate(username: String, password: String) async throws -> User? {
        let record = try await query().filter(\.$username == username).first()
        // Verify against a dummy hash when the user is unknown so timing does not reveal which usernames exist.
        let hash = record?.passwordHash ?? Self.dummyHash
        let matches = hashing.verify(password, against: hash)
        guard let record, matches, record.active else { return nil }
        return record.value
    }

    private static let dummyHash = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5x6lXOY/UNm2yIY2dpeL3KEjh9rhmV."

    private func referenceErrors(_ draft: UserDraft, excluding id: UUID?) async throws -> [FieldError] {
        var errors: [FieldError] = []
        if let existing = try await UserRecord.query(on: database.db)
            .filter(\.$username == draft.username.trimmingCharacters(in: .whitespaces)).first(),
            existing.id != id
        {
            errors.append(.init("username", .taken))
        }
        if let organisationID = draft.organisationID,
            try await OrganisationStore(database, municipalityID: municipalityID).find(organisationID) == nil
        {
            errors.append(.init("organisation", .unknown))
        }
        return errors
    }

    private func record(_ id: UUID) async throws -> UserRecord {
        guard let record = try await query().filter(\.$id == id).first() else { throw StoreError.notFound("user") }
        return record
    }

    private func query() -> QueryBuilder<UserRecord> {
        UserRecord.query(on: database.db).filter(\.$municipalityID == municipalityID)
    }
}
