import Foundation
import Testing
import TryggCore
import TryggTesting

@testable import TryggStore

@Suite("Named places in storage")
struct PlaceStoreTests {
    static func entry(_ name: String, _ latitude: Double = 65.58, _ longitude: Double = 22.15) -> PlaceFile.Entry {
        PlaceFile.Entry(name: name, kind: .landmark, position: GeoPoint(longitude: longitude, latitude: latitude))
    }

    @Test(arguments: TestEngine.available)
    func importingASourceAgainReplacesOnlyThatSource(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let municipality = try await MunicipalityStore(database).require()
            let store = PlaceStore(database, municipalityID: municipality.id)
            try await store.replace(source: "kommun", with: [Self.entry("Stadshuset"), Self.entry("Kulturens hus")])
            try await store.replace(source: "lantmateriet", with: [Self.entry("Storgatan 5")])
            let again = try await store.replace(source: "kommun", with: [Self.entry("Stadsparken")])
            #expect(again == .init(removed: 2, added: 1))
            #expect(
                try await store.countBySource().map { "\($0.source)=\($0.count)" } == ["kommun=1", "lantmateriet=1"])
            #expect(try await store.search("kultur").isEmpty)
        }
    }

    @Test(arguments: TestEngine.available)
    func searchFindsWordStartsWhateverTheCaseAndAccents(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let municipality = try await MunicipalityStore(database).require()
            let store = PlaceStore(database, municipalityID: municipality.id)
            try await store.replace(source: "demo", with: LuleaPlaces.all, approximate: true)
            #expect(try await store.search("ÖRNÄS").map(\.name) == ["Örnäsets centrum"])
            #expect(try await store.search("ornas").map(\.name) == ["Örnäsets centrum"])
            #expect(try await store.search("centrum").count >= 5)
            #expect(try await store.search("tekniska").first?.name == "Luleå tekniska universitet")
            #expect(try await store.search("%").isEmpty)
            #expect(try await store.search("stads").allSatisfy(\.approximate))
        }
    }

    @Test(arguments: TestEngine.available)
    func aMunicipalitysAddressFileGoesInWhole(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let municipality = try await MunicipalityStore(database).require()
            let store = PlaceStore(database, municipalityID: municipality.id)
            let addresses = (1...1_234).map { Self.entry("Storgatan \($0)", 65.58 + Double($0) * 1e-6) }
            #expect(try await store.replace(source: "lantmateriet", with: addresses) == .init(removed: 0, added: 1_234))
            #expect(try await store.search("storgatan 12").map(\.name).prefix(2) == ["Storgatan 12", "Storgatan 120"])
        }
    }
}
