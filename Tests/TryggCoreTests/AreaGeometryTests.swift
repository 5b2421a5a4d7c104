import Foundation
import Testing

@testable import TryggCore

@Suite("Point in area")
struct AreaGeometryTests {
    static func square(_ minX: Double, _ minY: Double, _ maxX: Double, _ maxY: Double) -> AreaGeometry.Ring {
        [
            .init(longitude: minX, latitude: minY), .init(longitude: maxX, latitude: minY),
            .init(longitude: maxX, latitude: maxY),
            .init(longitude: minX, latitude: maxY), .init(longitude: minX, latitude: minY),
        ]
    }

    let left = AreaGeometry(polygons: [.init(rings: [square(0, 0, 1, 1)])])
    let right = AreaGeometry(polygons: [.init(rings: [square(1, 0, 2, 1)])])
    let withHole = AreaGeometry(polygons: [.init(rings: [square(0, 0, 4, 4), square(1, 1, 2, 2)])])
    let islands = AreaGeometry(polygons: [.init(rings: [square(0, 0, 1, 1)]), .init(rings: [square(3, 3, 4, 4)])])

    @Test func aPointInsideIsContainedAndOneOutsideIsNot() {
        #expect(left.contains(.init(longitude: 0.5, latitude: 0.5)))
        #expect(!left.contains(.init(longitude: 1.5, latitude: 0.5)))
    }

    @Test func aPointInAHoleIsOutsideTheArea() {
        #expect(!withHole.contains(.init(longitude: 1.5, latitude: 1.5)))
        #expect(withHole.contains(.init(longitude: 3, latitude: 3)))
    }

    @Test func everyPartOfAMultipolygonCounts() {
        #expect(islands.contains(.init(longitude: 3.5, latitude: 3.5)))
        #expect(!islands.contains(.init(longitude: 2, latitude: 2)))
    }

    @Test(arguments: [0.0, 0.25, 0.5, 0.999])
    func aPointOnASharedEdgeBelongsToExactlyOneArea(_ latitude: Double) {
        let point = GeoPoint(longitude: 1, latitude: latitude)
        #expect([left.contains(point), right.contains(point)].filter { $0 }.count == 1)
        let locator = AreaLocator([("left", left), ("right", right)])
        #expect(locator.area(containing: point) == locator.area(containing: point))
        // The same answer whichever order the areas were given in.
        #expect(
            AreaLocator([("right", right), ("left", left)]).area(containing: point) == locator.area(containing: point))
    }

    @Test func theLocatorNamesTheAreaOrNothing() {
        let locator = AreaLocator([
            ("left", left), ("right", right),
            (
                "holey",
                AreaGeometry(polygons: [.init(rings: [Self.square(10, 10, 14, 14), Self.square(11, 11, 12, 12)])])
            ),
        ])
        #expect(locator.area(containing: .init(longitude: 0.2, latitude: 0.2)) == "left")
        #expect(locator.area(containing: .init(longitude: 1.2, latitude: 0.2)) == "right")
        #expect(locator.area(containing: .init(longitude: 11.5, latitude: 11.5)) == nil)
        #expect(locator.area(containing: .init(longitude: 13, latitude: 13)) == "holey")
        #expect(locator.area(containing: .init(longitude: 50, latitude: 50)) == nil)
    }

    @Test func theLabelSitsInTheLargestPolygon() throws {
        let label = try #require(
            AreaGeometry(polygons: [
                .init(rings: [Self.square(0, 0, 1, 1)]), .init(rings: [Self.square(10, 10, 14, 14)]),
            ]).labelPoint)
        #expect(abs(label.longitude - 12) < 1e-9 && abs(label.latitude - 12) < 1e-9)
    }

    @Test func luleåsApproximateAreasContainTheirOwnCentres() {
        let cells = ApproximateAreas.cells(
            for: LuleaAreas.all.map { ($0.code, GeoPoint(longitude: $0.longitude, latitude: $0.latitude)) })
        let locator = AreaLocator(cells)
        for area in LuleaAreas.all {
            #expect(locator.area(containing: GeoPoint(longitude: area.longitude, latitude: area.latitude)) == area.code)
        }
        #expect(locator.area(containing: GeoPoint(longitude: 22.138, latitude: 65.62)) == "porson")
    }
}
