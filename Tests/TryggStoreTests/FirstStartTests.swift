import Foundation
import Testing
import TryggCore
import TryggTesting

@testable import TryggStore

@Suite("First start and migrations")
struct FirstStartTests {
    @Test(arguments: TestEngine.available)
    func anEmptyLuleåInstallationGetsItsMunicipalityIndicatorsAndTwelveAreas(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let municipality = try await MunicipalityStore(database).require()
            #expect(municipality.name == "Luleå kommun")
            let indicators = try await IndicatorStore(database, municipalityID: municipality.id).all()
            #expect(indicators.count == 7)
            #expect(indicators[0].subtypes.count == 4)
            #expect(try await AreaStore(database, municipalityID: municipality.id).all().count == 12)
            #expect(try await database.pendingMigrations().isEmpty)
        }
    }

    @Test(arguments: TestEngine.available)
    func anotherMunicipalityGetsIndicatorsButLoadsItsOwnAreas(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine, municipality: "Örebro kommun") { database in
            let municipality = try await MunicipalityStore(database).require()
            #expect(municipality.name == "Örebro kommun")
            #expect(try await AreaStore(database, municipalityID: municipality.id).all().isEmpty)
        }
    }

    @Test(arguments: TestEngine.available)
    func startingTwiceKeepsTheFirstMunicipality(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let again = try await FirstStart.ensure(database, municipalityName: "Annan kommun")
            #expect(again.name == "Luleå kommun")
            #expect(try await IndicatorStore(database, municipalityID: again.id).all().count == 7)
        }
    }

    @Test(arguments: TestEngine.available)
    func migratingAnUpToDateDatabaseChangesNothing(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            try await database.migrate()
            #expect(try await database.pendingMigrations().isEmpty)
        }
    }

    @Test func anSQLiteFileInAMissingFolderIsAClearError() {
        #expect(throws: StoreError.unwritable("/nonexistent-folder/trygg.sqlite")) {
            try TryggDatabase(location: .sqlite(path: "/nonexistent-folder/trygg.sqlite"), logger: .init(label: "test"))
        }
    }

    @Test func anUnreachablePostgresIsAClearError() async throws {
        let database = try TryggDatabase(
            location: .postgres(.init(host: "127.0.0.1", port: 1, username: "x", password: "y", database: "z")),
            logger: .init(label: "test")
        )
        await #expect {
            try await database.ping()
        } throws: { error in
            String(describing: error).hasPrefix("the postgres database does not answer")
        }
        await database.shutdown()
    }
}
