import Foundation
import Testing
import TryggCore
import TryggTesting

@testable import TryggStore

@Suite("Area boundaries in storage")
struct AreaImportStoreTests {
    static func square(_ code: String, _ minX: Double, _ minY: Double, size: Double = 0.01) -> AreaShape {
        let ring = [
            GeoPoint(longitude: minX, latitude: minY), GeoPoint(longitude: minX + size, latitude: minY),
            GeoPoint(longitude: minX + size, latitude: minY + size), GeoPoint(longitude: minX, latitude: minY + size),
            GeoPoint(longitude: minX, latitude: minY),
        ]
        return AreaShape(code: code, name: code.capitalized, geometry: AreaGeometry(polygons: [.init(rings: [ring])]))
    }

    @Test(arguments: TestEngine.available)
    func theDemoAreasHaveApproximateBoundariesThatLocateTheirCentres(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let municipality = try await MunicipalityStore(database).require()
            let store = AreaStore(database, municipalityID: municipality.id)
            #expect(try await store.all().allSatisfy { $0.approximate && $0.geometry != nil })
            let locator = try await store.locator()
            #expect(locator.area(containing: GeoPoint(longitude: 22.138, latitude: 65.617)) == "porson")
        }
    }

    @Test(arguments: TestEngine.available)
    func importingExistingCodesWithoutReplaceChangesNothing(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let municipality = try await MunicipalityStore(database).require()
            let store = AreaStore(database, municipalityID: municipality.id)
            await #expect(throws: AreaImportConflict(codes: ["porson"])) {
                try await store.importAreas(
                    [Self.square("new-area", 22, 65), Self.square("porson", 22.1, 65.6)], replace: false)
            }
            #expect(try await store.all().count == 12)
            #expect(try await store.all().first { $0.code == "porson" }?.approximate == true)
        }
    }

    @Test(arguments: TestEngine.available)
    func aReplacingImportUpdatesAddsAndDeactivatesTheRest(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let municipality = try await MunicipalityStore(database).require()
            let store = AreaStore(database, municipalityID: municipality.id)
            let summary = try await store.importAreas(
                [Self.square("porson", 22.13, 65.61), Self.square("lulsundet", 22.2, 65.6)], replace: true)
            #expect(summary.updated == ["porson"])
            #expect(summary.created == ["lulsundet"])
            #expect(summary.deactivated.count == 11)
            let all = try await store.all()
            #expect(all.count == 13)
            #expect(all.filter(\.active).map(\.code).sorted() == ["lulsundet", "porson"])
            #expect(all.first { $0.code == "porson" }?.approximate == false)
            #expect(
                try await store.locator().area(containing: GeoPoint(longitude: 22.135, latitude: 65.615)) == "porson")
        }
    }
}
