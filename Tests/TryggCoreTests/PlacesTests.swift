import Foundation
import Testing

@testable import TryggCore

@Suite("Named places: reading files and finding names")
struct PlacesTests {
    @Test func aCSVInWGS84IsReadWithItsKinds() throws {
        let file =
            "name,kind,lat,lon\nKulturens hus,landmark,65.5849,22.1567\n\"Storgatan 5, entré\",adress,65.5839,22.1541\n"
        let entries = try PlaceFile.parse(Data(file.utf8)).get()
        #expect(entries.map(\.name) == ["Kulturens hus", "Storgatan 5, entré"])
        #expect(entries.map(\.kind) == [.landmark, .address])
        #expect(entries[0].position == GeoPoint(longitude: 22.1567, latitude: 65.5849))
    }

    @Test func aSwedishSpreadsheetInSWEREF99TMIsReadToo() throws {
        let grid = SWEREF99TM.project(GeoPoint(longitude: 22.1567, latitude: 65.5849))
        let file = "namn;typ;northing;easting\r\nKulturens hus;plats;\(grid.northing);\(grid.easting)\r\n"
        let entry = try #require(try PlaceFile.parse(Data(file.utf8)).get().first)
        #expect(abs(entry.position.latitude - 65.5849) < 1e-7)
        #expect(abs(entry.position.longitude - 22.1567) < 1e-7)
    }

    @Test func everyBadLineIsNamedAndNothingIsRead() {
        let file = "name,lat,lon\nGood,65.58,22.15\n,65.58,22.15\nFar away,95,22\nBad,x,y\n"
        guard case .failure(let failure) = PlaceFile.parse(Data(file.utf8)) else {
            Issue.record("a bad file was read"); return
        }
        #expect(failure.problems.map(\.location) == ["line 3", "line 4", "line 5"])
        #expect(failure.problems[0].message == "the name is empty")
        #expect(failure.problems[1].message.contains("degrees in WGS 84"))
    }

    @Test func aHeaderWithoutPositionsSaysWhatItNeeds() {
        guard case .failure(let failure) = PlaceFile.parse(Data("name,x,y\nA,1,2\n".utf8)) else {
            Issue.record("read"); return
        }
        #expect(
            failure.problems.first?.description.contains("lat,lon (WGS 84) or northing,easting (SWEREF 99 TM)") == true)
    }

    @Test func lantmäterietsAddressPointsTakeTheirNameFromStreetAndNumber() throws {
        let grid = SWEREF99TM.project(GeoPoint(longitude: 22.1541, latitude: 65.5839))
        let file = """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3006"}},"features":[
             {"type":"Feature","properties":{"adressomrade":"Storgatan","adressplatsnummer":5},
              "geometry":{"type":"Point","coordinates":[\(grid.easting),\(grid.northing)]}},
             {"type":"Feature","properties":{"adressomrade":"Storgatan","adressplatsnummer":5},
              "geometry":{"type":"Point","coordinates":[\(grid.easting),\(grid.northing)]}}]}
            """
        let entries = try PlaceFile.parse(
            Data(file.utf8), nameProperties: ["adressomrade", "adressplatsnummer"], kind: .address
        ).get()
        #expect(entries.count == 1, "the same address at the same point is one place")
        #expect(entries[0].name == "Storgatan 5")
        #expect(entries[0].kind == .address)
        #expect(abs(entries[0].position.latitude - 65.5839) < 1e-7)
    }

    @Test func aGeoJSONWithoutTheNamedPropertyListsThoseItHas() {
        let file =
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"NAMN":"A"},"geometry":{"type":"Point","coordinates":[22.1,65.6]}}]}"#
        guard case .failure(let failure) = PlaceFile.parse(Data(file.utf8)) else { Issue.record("read"); return }
        #expect(failure.problems.first?.message == "no feature has the property name; the file has NAMN")
    }

    @Test func searchIgnoresCaseAccentsAndPutsTheExactNameFirst() {
        let places = ["Storgatan", "Storgatan 12", "Stora torget", "Nya Storgatan", "Hertsö centrum"].map {
            Place(name: $0, kind: .landmark, position: GeoPoint(longitude: 22, latitude: 65), source: "test")
        }
        #expect(
            PlaceName.ranked(places, query: "STORGATAN").map(\.name) == ["Storgatan", "Storgatan 12", "Nya Storgatan"])
        #expect(PlaceName.ranked(places, query: "hertso").map(\.name) == ["Hertsö centrum"])
        #expect(PlaceName.ranked(places, query: "centrum").map(\.name) == ["Hertsö centrum"])
        #expect(PlaceName.ranked(places, query: "  ").isEmpty)
    }

    @Test func theDemoGazetteerLiesInLuleå() {
        #expect(LuleaPlaces.all.count >= 20)
        #expect(
            LuleaPlaces.all.allSatisfy {
                (65.4...65.9).contains($0.position.latitude) && (21.8...22.4).contains($0.position.longitude)
            })
    }
}

@Suite("Map zoom and who may open a point")
struct MapZoomTests {
    @Test func aZoomSurvivesItsOwnLink() {
        let box = GeoBox(west: 22.1, south: 65.5, east: 22.2, north: 65.6)!
        for zoom in [MapZoom.whole, .data, .area("porson"), .box(box)] {
            #expect(MapZoom(parameter: zoom.parameter) == zoom)
        }
    }

    @Test func anUnreadableZoomShowsTheWholeMap() {
        for text in ["box:1,2,3", "box:22.2,65.6,22.1,65.5", "area:<script>", "anything", ""] {
            #expect(MapZoom(parameter: text) == .whole)
        }
    }

    @Test func aReporterOpensOnlyTheirOwnReportsFromTheMap() {
        let reporter = User(id: UUID(), username: "r", displayName: "R", organisationID: UUID(), roles: [.reporter])
        let analyst = User(id: UUID(), username: "a", displayName: "A", organisationID: UUID(), roles: [.analyst])
        var someoneElses = Report(
            id: UUID(), indicatorCode: "vandalism", subtypeCode: nil, occurredAt: Date(), partOfDay: nil,
            latitude: 65.6, longitude: 22.1,
            areaCode: "porson", placeDescription: "", description: "x", peopleCount: nil, status: .published,
            reporterID: UUID(),
            organisationID: UUID(), createdAt: Date(), reviewComment: nil, version: 1)
        var own = someoneElses
        own.reporterID = reporter.id
        #expect(MapAccess.scope(for: reporter) == .published)
        #expect(!MapAccess.mayOpen(someoneElses, user: reporter))
        #expect(MapAccess.mayOpen(own, user: reporter))
        #expect(MapAccess.mayOpen(someoneElses, user: analyst))
        var submitted = someoneElses
        submitted.status = .submitted
        #expect(!MapAccess.mayOpen(submitted, user: analyst))
    }
}
