import Foundation
import Testing

@testable import TryggCore

@Suite("SWEREF 99 TM")
struct SWEREF99TMTests {
    /// Reference values computed with PROJ 9.5.1 (EPSG:4326 → EPSG:3006), spread over Sweden's extent.
    static let controlPoints: [(latitude: Double, longitude: Double, northing: Double, easting: Double)] = [
        (55, 12, 6_098_907.8250, 308_124.3679),
        (58, 15, 6_428_710.1588, 500_000.0000),
        (65.584, 22.155, 7_292_306.7926, 829_456.3465),
        (69.05, 20.55, 7_669_952.6057, 721_205.7647),
        (55.35, 11.0, 6_141_026.4671, 246_430.8437),
        (63.0, 24.2, 7_018_941.3277, 964_821.6015),
        (59.330231, 18.059196, 6_580_821.9911, 674_032.3573),
        (67.85, 13.0, 7_527_501.0798, 415_861.6615),
        (61.0, 18.0, 6_766_502.9900, 662_218.2209),
    ]

    @Test(arguments: controlPoints.indices)
    func projectionMatchesPROJWithinAMillimetre(_ index: Int) {
        let point = Self.controlPoints[index]
        let grid = SWEREF99TM.project(GeoPoint(longitude: point.longitude, latitude: point.latitude))
        #expect(abs(grid.northing - point.northing) < 0.001)
        #expect(abs(grid.easting - point.easting) < 0.001)
    }

    @Test(arguments: controlPoints.indices)
    func theInverseReturnsTheDegreesWithin1e9(_ index: Int) {
        let point = Self.controlPoints[index]
        let back = SWEREF99TM.unproject(GridPoint(easting: point.easting, northing: point.northing))
        #expect(abs(back.latitude - point.latitude) < 1e-8)
        #expect(abs(back.longitude - point.longitude) < 1e-8)
    }

    @Test func aRoundTripOverSwedensExtentStaysWithin1e9Degrees() {
        var worst = 0.0
        for latitude in stride(from: 55.0, through: 69.5, by: 0.5) {
            for longitude in stride(from: 10.5, through: 24.5, by: 0.5) {
                let start = GeoPoint(longitude: longitude, latitude: latitude)
                let back = SWEREF99TM.unproject(SWEREF99TM.project(start))
                worst = max(worst, abs(back.latitude - latitude), abs(back.longitude - longitude))
            }
        }
        #expect(worst < 1e-9)
    }

    @Test func theCentralMeridianHasFalseEasting() {
        #expect(SWEREF99TM.project(GeoPoint(longitude: 15, latitude: 62)).easting == 500_000)
    }
}

@Suite("Converting coordinate lines")
struct CoordinateLineTests {
    @Test func degreesBecomeMetresInTheSystemsAxisOrder() {
        #expect(CoordinateLine.convert("65.584 22.155", from: .wgs84, to: .sweref99TM) == "7292306.793 829456.346")
    }

    @Test func metresBecomeDegreesWithNineDecimals() {
        #expect(
            CoordinateLine.convert("6580821.991 674032.357", from: .sweref99TM, to: .wgs84)
                == "59.330230999 18.059195994")  // PROJ 9.5.1 gives the same digits
    }

    @Test(arguments: ["foo", "65.5", "65.5 22.1 3", "95 22", "22,155 65,584 extra", ""])
    func unreadableLinesGiveNothing(_ line: String) {
        #expect(CoordinateLine.convert(line, from: .wgs84, to: .sweref99TM) == nil)
    }
}
