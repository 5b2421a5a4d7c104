import Foundation
import Testing
import TryggCore
import TryggTesting

@testable import TryggStore

@Suite("Tokens, sessions and sign-in attempts in storage")
struct SecurityStoreTests {
    func someUser(_ database: TryggDatabase) async throws -> User {
        let municipality = try await MunicipalityStore(database).require()
        let organisation = try await OrganisationStore(database, municipalityID: municipality.id)
            .create(OrganisationDraft(code: "klf", name: "KLF", kind: .department))
        return try await UserStore(database, municipalityID: municipality.id, hashing: PlainTestHashing())
            .create(
                UserDraft(
                    username: "sara", displayName: "Sara", organisationID: organisation.id, roles: [.coordinator],
                    password: "tio-tecken-minst"))
    }

    @Test(arguments: TestEngine.available)
    func aTokenIdentifiesItsOwnerUntilRevoked(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let user = try await someUser(database)
            let tokens = AccessTokenStore(database)
            let issued = try await tokens.issue(to: user.id, name: "skript")
            #expect(try await tokens.userID(forSecret: issued.secret) == user.id)
            try await tokens.revoke(issued.token.id, of: user.id)
            #expect(try await tokens.userID(forSecret: issued.secret) == nil)
        }
    }

    @Test(arguments: TestEngine.available)
    func anExpiredTokenIsRefusedAndOnlyTheHashIsStored(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let user = try await someUser(database)
            let tokens = AccessTokenStore(database)
            let issued = try await tokens.issue(
                to: user.id, name: "kort", lifetime: 60, now: Date().addingTimeInterval(-120))
            #expect(try await tokens.userID(forSecret: issued.secret) == nil)
            let stored = try await AccessTokenRecord.query(on: database.db).all().map(\.tokenHash)
            #expect(stored == [AccessTokenStore.digest(issued.secret)])
            #expect(!stored.contains(issued.secret))
        }
    }

    @Test(arguments: TestEngine.available)
    func someoneElsesTokenCannotBeRevoked(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let user = try await someUser(database)
            let issued = try await AccessTokenStore(database).issue(to: user.id, name: "x")
            await #expect(throws: StoreError.notFound("token")) {
                try await AccessTokenStore(database).revoke(issued.token.id, of: UUID())
            }
        }
    }

    @Test(arguments: TestEngine.available)
    func fiveFailedSignInsBlockTheUsernameAndASuccessClearsThem(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let log = SignInAttemptLog(database)
            for _ in 0..<4 { try await log.record(username: "Sara", address: "10.0.0.1", succeeded: false) }
            #expect(try await log.verdict(username: "sara", address: "10.0.0.2") == .allowed)
            try await log.record(username: "sara", address: "10.0.0.1", succeeded: false)
            guard case .blocked = try await log.verdict(username: "sara", address: "10.0.0.2") else {
                Issue.record("expected the username to be blocked")
                return
            }
            try await log.record(username: "sara", address: "10.0.0.1", succeeded: true)
            #expect(try await log.verdict(username: "sara", address: "10.0.0.2") == .allowed)
        }
    }

    @Test(arguments: TestEngine.available)
    func anExpiredSessionReadsAsAbsent(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let table = SessionTable(database)
            #expect(try await table.insert(key: "a", json: "{}", expiresAt: Date().addingTimeInterval(-1)))
            #expect(try await table.insert(key: "b", json: "{\"x\":1}", expiresAt: Date().addingTimeInterval(60)))
            #expect(try await !table.insert(key: "b", json: "{}", expiresAt: nil))
            #expect(try await table.read(key: "a") == nil)
            #expect(try await table.read(key: "b")?.json == "{\"x\":1}")
            try await table.upsert(key: "b", json: "{\"x\":2}", expiresAt: nil)
            #expect(try await table.read(key: "b")?.expiresAt != nil)
            try await table.purgeExpired(now: Date().addingTimeInterval(120))
            #expect(try await table.read(key: "b") == nil)
        }
    }
}
