import Foundation
import Testing

@testable import TryggCore

@Suite("Reading and writing area files")
struct AreaFileTests {
    func parse(
        _ json: String, code: String = "code", name: String = "name"
    ) -> Result<AreaFile.Parsed, AreaImportFailure> {
        AreaFile.parse(Data(json.utf8), codeProperty: code, nameProperty: name)
    }

    func problems(_ json: String) -> [AreaImportProblem] {
        if case .failure(let failure) = parse(json) { return failure.problems }
        return []
    }

    let square = "[[[22.1,65.5],[22.2,65.5],[22.2,65.6],[22.1,65.6],[22.1,65.5]]]"

    func collection(_ features: String, crs: String = "") -> String {
        #"{"type":"FeatureCollection",\#(crs)"features":[\#(features)]}"#
    }

    func feature(code: String = "a", geometry: String) -> String {
        #"{"type":"Feature","properties":{"code":"\#(code)","name":"Område \#(code)"},"geometry":\#(geometry)}"#
    }

    @Test func aPolygonAndAMultipolygonInWGS84AreRead() throws {
        let json = collection(
            feature(code: "a", geometry: #"{"type":"Polygon","coordinates":\#(square)}"#) + ","
                + feature(code: "b", geometry: #"{"type":"MultiPolygon","coordinates":[\#(square),\#(square)]}"#))
        let parsed = try parse(json).get()
        #expect(parsed.areas.map(\.code) == ["a", "b"])
        #expect(parsed.areas[1].geometry.polygons.count == 2)
        #expect(parsed.areas[0].name == "Område a")
    }

    @Test func coordinatesInSWEREF99TMAreConvertedWhenTheFileSaysSo() throws {
        let ring = "[[[829000,7292000],[830000,7292000],[830000,7293000],[829000,7293000],[829000,7292000]]]"
        let json = collection(
            feature(geometry: #"{"type":"Polygon","coordinates":\#(ring)}"#),
            crs: #""crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3006"}},"#)
        let first = try #require(try parse(json).get().areas.first?.geometry.polygons.first?.outer.first)
        // PROJ: EPSG:3006 (7 292 000, 829 000) is 65.5817329°N 22.1444298°E.
        #expect(abs(first.latitude - 65.5817329) < 1e-7 && abs(first.longitude - 22.1444298) < 1e-7)
    }

    @Test func somethingThatIsNotJSONIsRefused() {
        guard case .notJSON = problems("not json").first else { Issue.record("expected notJSON"); return }
    }

    @Test func aGeometryThatIsNotAFeatureCollectionIsRefused() {
        #expect(problems(#"{"type":"Polygon","coordinates":[]}"#) == [.notFeatureCollection])
    }

    @Test func anUnclosedRingIsNamedByFeaturePolygonAndRing() {
        let open = "[[[22.1,65.5],[22.2,65.5],[22.2,65.6],[22.1,65.6],[22.15,65.55]]]"
        #expect(
            problems(collection(feature(geometry: #"{"type":"Polygon","coordinates":\#(open)}"#))) == [
                .ringNotClosed(feature: 1, polygon: 1, ring: 1)
            ])
    }

    @Test func aRingOfThreePositionsIsTooShort() {
        let short = "[[[22.1,65.5],[22.2,65.5],[22.1,65.5]]]"
        #expect(
            problems(collection(feature(geometry: #"{"type":"Polygon","coordinates":\#(short)}"#))) == [
                .tooFewPoints(feature: 1, polygon: 1, ring: 1, count: 3)
            ])
    }

    @Test func coordinatesOutOfRangeAreNamedByPosition() {
        let wrong = "[[[22.1,65.5],[22.2,95.5],[22.2,65.6],[22.1,65.6],[22.1,65.5]]]"
        #expect(
            problems(collection(feature(geometry: #"{"type":"Polygon","coordinates":\#(wrong)}"#))) == [
                .outOfRange(feature: 1, polygon: 1, ring: 1, position: 2)
            ])
    }

    @Test func aRepeatedCodeIsRefused() {
        let json = collection(
            feature(code: "a", geometry: #"{"type":"Polygon","coordinates":\#(square)}"#) + ","
                + feature(code: "a", geometry: #"{"type":"Polygon","coordinates":\#(square)}"#))
        #expect(problems(json) == [.duplicateCode(feature: 2, code: "a")])
    }

    @Test func aMissingPropertyAndAPointGeometryAreBothReported() {
        let json = collection(
            #"{"type":"Feature","properties":{"name":"x"},"geometry":null}"# + ","
                + feature(code: "b", geometry: #"{"type":"Point","coordinates":[22.1,65.5]}"#))
        #expect(
            problems(json) == [
                .missingProperty(feature: 1, property: "code"), .unsupportedGeometry(feature: 2, type: "Point"),
            ])
    }

    @Test func aBowTieRingIsAcceptedWithAWarning() throws {
        let bowTie = "[[[22.1,65.5],[22.2,65.6],[22.2,65.5],[22.1,65.6],[22.1,65.5]]]"
        let parsed = try parse(collection(feature(geometry: #"{"type":"Polygon","coordinates":\#(bowTie)}"#))).get()
        #expect(parsed.warnings == [.selfIntersection(feature: 1, polygon: 1, ring: 1)])
    }

    @Test func anUnknownCRSIsRefused() {
        let json = collection(
            feature(geometry: #"{"type":"Polygon","coordinates":\#(square)}"#),
            crs: #""crs":{"type":"name","properties":{"name":"EPSG:3021"}},"#)
        #expect(problems(json) == [.unknownCRS("EPSG:3021")])
    }

    @Test func exportedAreasReadBackTheSame() throws {
        let cells = ApproximateAreas.cells(
            for: LuleaAreas.all.prefix(3).map { ($0.code, GeoPoint(longitude: $0.longitude, latitude: $0.latitude)) })
        let data = AreaFile.export(cells.map { ($0.code, $0.code.uppercased(), $0.geometry) })
        let back = try AreaFile.parse(data, codeProperty: "code", nameProperty: "name").get()
        #expect(back.areas.map(\.code) == cells.map(\.code))
        let original = cells[0].geometry.polygons[0].outer[1], read = back.areas[0].geometry.polygons[0].outer[1]
        #expect(abs(original.latitude - read.latitude) < 1e-7)
    }

    @Test func latitudeAndLongitudeExchangedAreNamedAsALikelySwap() {
        let swapped = "[[[65.5,22.1],[65.5,22.2],[65.6,22.2],[65.6,22.1],[65.5,22.1]]]"
        #expect(
            problems(collection(feature(geometry: #"{"type":"Polygon","coordinates":\#(swapped)}"#))) == [
                .swappedCoordinates(feature: 1)
            ])
    }

    @Test func areasOutsideSwedenAreRefused() {
        let paris = "[[[2.3,48.8],[2.4,48.8],[2.4,48.9],[2.3,48.9],[2.3,48.8]]]"
        #expect(
            problems(collection(feature(geometry: #"{"type":"Polygon","coordinates":\#(paris)}"#))) == [
                .outsideSweden(feature: 1)
            ])
    }

    @Test func aPropertyNoFeatureHasIsNamedOnceWithThePropertiesTheFileHas() {
        let json = collection(
            feature(code: "a", geometry: #"{"type":"Polygon","coordinates":\#(square)}"#) + ","
                + feature(code: "b", geometry: #"{"type":"Polygon","coordinates":\#(square)}"#))
        guard case .failure(let failure) = parse(json, code: "kod") else { Issue.record("expected a refusal"); return }
        #expect(failure.problems == [.propertyNotInFile(property: "kod", available: ["code", "name"])])
    }

    @Test func overlappingAreasWarnAndNeighboursSharingABoundaryDoNot() throws {
        let west = "[[[22.1,65.5],[22.2,65.5],[22.2,65.6],[22.1,65.6],[22.1,65.5]]]"
        let east = "[[[22.2,65.5],[22.3,65.5],[22.3,65.6],[22.2,65.6],[22.2,65.5]]]"
        let across = "[[[22.15,65.52],[22.25,65.52],[22.25,65.58],[22.15,65.58],[22.15,65.52]]]"
        let neighbours = try parse(
            collection(
                feature(code: "w", geometry: #"{"type":"Polygon","coordinates":\#(west)}"#) + ","
                    + feature(code: "e", geometry: #"{"type":"Polygon","coordinates":\#(east)}"#))
        ).get()
        #expect(neighbours.warnings.isEmpty)
        let overlapping = try parse(
            collection(
                feature(code: "w", geometry: #"{"type":"Polygon","coordinates":\#(west)}"#) + ","
                    + feature(code: "x", geometry: #"{"type":"Polygon","coordinates":\#(across)}"#))
        ).get()
        #expect(overlapping.warnings == [.overlap(feature: 1, other: 2)])
        #expect(overlapping.properties == ["code", "name"])
    }
}
