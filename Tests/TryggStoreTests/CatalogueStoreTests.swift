import Foundation
import Testing
import TryggCore
import TryggTesting

@testable import TryggStore

@Suite("Indicators and areas in storage")
struct CatalogueStoreTests {
    @Test(arguments: TestEngine.available)
    func subtypesLeftOutOfAnEditAreDeactivatedNotDeleted(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let municipality = try await MunicipalityStore(database).require()
            let store = IndicatorStore(database, municipalityID: municipality.id)
            let vandalism = try #require(try await store.all().first { $0.code == "vandalism" })
            var draft = IndicatorDraft(vandalism)
            draft.subtypeLines = "graffiti;Klotter;Graffiti\nnew-kind;Ny sort;New kind"
            try await store.update(vandalism.id, with: draft)
            let changed = try #require(try await store.find(vandalism.id))
            #expect(changed.subtypes.filter(\.active).map(\.code) == ["graffiti", "new-kind"])
            #expect(
                changed.subtypes.filter { !$0.active }.map(\.code).sorted() == [
                    "broken-glass", "fire", "other-vandalism",
                ])
        }
    }

    @Test(arguments: TestEngine.available)
    func anIndicatorIsDeactivatedAndStaysInTheCatalogue(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let municipality = try await MunicipalityStore(database).require()
            let store = IndicatorStore(database, municipalityID: municipality.id)
            let created = try await store.create(
                IndicatorDraft(
                    code: "fireworks", nameSv: "Fyrverkerier", nameEn: "Fireworks", asksForPeopleCount: true,
                    subtypeLines: ""))
            try await store.setActive(created.id, false)
            let all = try await store.all()
            #expect(all.count == 8)
            #expect(all.last?.code == "fireworks")
            #expect(all.last?.active == false)
        }
    }

    @Test(arguments: TestEngine.available)
    func anAreaCodeIsUnique(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let municipality = try await MunicipalityStore(database).require()
            await #expect(throws: ValidationFailure([.init("code", .taken)])) {
                try await AreaStore(database, municipalityID: municipality.id).create(
                    AreaDraft(code: "porson", name: "Porsön 2"))
            }
        }
    }

    @Test(arguments: TestEngine.available)
    func theMunicipalityCanBeRenamedButNotToNothing(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let store = MunicipalityStore(database)
            let municipality = try await store.require()
            await #expect(throws: ValidationFailure([.init("name", .required)])) {
                try await store.rename(municipality.id, to: "  ")
            }
            try await store.rename(municipality.id, to: "Luleå kommun (test)")
            #expect(try await store.require().name == "Luleå kommun (test)")
        }
    }
}
