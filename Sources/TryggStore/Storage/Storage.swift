import Foundation
import ServiceLifecycle
import TryggCore

/// All the web edge may reach of the database: the installation-wide stores (sessions, sign-in, tokens, the
/// mail outbox, health) and each municipality's stores. The raw handle stays inside TryggStore.
///
/// As a lifecycle service it runs and closes the database with the application.
public struct Storage: Service, Sendable {
    private let database: TryggDatabase
    /// Sets and checks passwords for every store that needs to.
    public let hashing: any PasswordHashing

    public init(_ database: TryggDatabase, hashing: any PasswordHashing) {
        self.database = database
        self.hashing = hashing
    }

    /// "sqlite" or "postgresql", for the health check.
    public var engineName: String { database.location.engineName }
    public var sessions: SessionTable { SessionTable(database) }
    public var accessTokens: AccessTokenStore { AccessTokenStore(database) }
    public var signInAttempts: SignInAttemptLog { SignInAttemptLog(database) }
    public var signInGate: SignInGate { SignInGate(database, hashing: hashing) }
    public var municipalities: MunicipalityStore { MunicipalityStore(database) }
    public var outbox: NoticeOutbox { NoticeOutbox(database) }

    /// One municipality's stores.
    public func stores(of municipalityID: UUID) -> MunicipalityStores {
        MunicipalityStores(database, municipalityID: municipalityID)
    }

    /// Own password changes and reset links in one municipality.
    public func passwordChanges(of municipalityID: UUID) -> PasswordChanges {
        PasswordChanges(database, municipalityID: municipalityID, hashing: hashing)
    }

    /// Throws when the database does not answer.
    public func ping() async throws { try await database.ping() }

    /// Migrations the code knows that the database has not run.
    public func pendingMigrations() async throws -> [String] { try await database.pendingMigrations() }

    /// An active user with their municipality and its stores, or nil for an unknown or deactivated one.
    public func activeUser(_ userID: UUID) async throws -> (User, Municipality, MunicipalityStores)? {
        guard let municipality = try await municipalities.cached() else { return nil }
        let stores = stores(of: municipality.id)
        guard let user = try await stores.users.find(userID), user.active else { return nil }
        return (user, municipality, stores)
    }

    public func run() async throws { try await database.run() }
}
