import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import TryggCore
import TryggStore
import TryggTesting
import TryggWeb

/// bcrypt at its lowest cost: the real algorithm, fast enough for many sign-ins per test.
let testHashing = BcryptHashing(cost: 4)
let testPassword = "tio-tecken-minst"

/// Runs `body` against the whole application on a fresh database, with one user per role created.
func withTestApp(
    _ engine: TestEngine, configuration: AppConfiguration = AppConfiguration(),
    _ body: @Sendable (any TestClientProtocol, TestAccounts) async throws -> Void
) async throws {
    try await withTestDatabase(engine) { database in
        let accounts = try await TestAccounts.create(in: database)
        var logger = Logger(label: "trygg.test")
        logger.logLevel = .warning
        let app = try await buildApplication(
            configuration, storage: Storage(database, hashing: testHashing), logger: logger)
        try await app.test(.router) { client in try await body(client, accounts) }
    }
}

/// One user per role, all with `testPassword`, in organisation `klf`.
struct TestAccounts: Sendable {
    let database: TryggDatabase
    let municipality: Municipality
    let organisation: Organisation

    static func create(in database: TryggDatabase) async throws -> TestAccounts {
        let municipality = try await MunicipalityStore(database).require()
        let organisation = try await OrganisationStore(database, municipalityID: municipality.id)
            .create(OrganisationDraft(code: "klf", name: "Kommunledningsförvaltningen", kind: .department))
        let users = UserStore(database, municipalityID: municipality.id, hashing: testHashing)
        for role in Role.allCases {
            try await users.create(
                UserDraft(
                    username: role.rawValue, displayName: "Test \(role.rawValue)", organisationID: organisation.id,
                    roles: [role], password: testPassword
                ))
        }
        return TestAccounts(database: database, municipality: municipality, organisation: organisation)
    }

    var users: UserStore { UserStore(database, municipalityID: municipality.id, hashing: testHashing) }
}
