import Foundation
import Testing

@testable import TryggCore

@Suite("Hot spots: the grid, Gi* and kernel density")
struct HotSpotTests {
    /// A rectangle of 3 × 3 cells of 100 m with every cell in the region.
    func grid(columns: Int = 3, rows: Int = 3, side: Double = 100) -> CellGrid {
        CellGrid(
            side: side, firstColumn: 0, firstRow: 0, columns: columns, rows: rows,
            inRegion: Array(repeating: true, count: columns * rows))
    }

    @Test func cellsAreAlignedToMultiplesOfTheirSide() {
        #expect(CellGrid.cell(of: GridPoint(easting: 250, northing: 499.9), side: 250) == .init(column: 1, row: 1))
        #expect(CellGrid.cell(of: GridPoint(easting: 249.99, northing: 500), side: 250) == .init(column: 0, row: 2))
        let grid = try! CellGrid.boundingBox(
            of: [GridPoint(easting: 812_130, northing: 7_280_010), GridPoint(easting: 812_990, northing: 7_280_260)],
            side: 250)
        #expect(grid.firstColumn == 3248 && grid.columns == 4 && grid.firstRow == 29_120 && grid.rows == 2)
        #expect(grid.centre(of: .init(column: 3248, row: 29_120)) == GridPoint(easting: 812_125, northing: 7_280_125))
    }

    @Test func theBandIncludesCellsWhoseCentresLieExactlyOnIt() {
        #expect(GetisOrd.neighbourhood(side: 250, band: 500).count == 13)
        #expect(GetisOrd.neighbourhood(side: 250, band: 499).count == 9)
        #expect(GetisOrd.neighbourhood(side: 250, band: 100).count == 1)
    }

    @Test func giStarOnAThreeByThreeGridMatchesTheHandComputation() {
        // One cell of 9 in the middle: n = 9, mean 1, S = √(81/9 − 1) = √8; a band of one cell = self + 4 neighbours.
        // Centre: W = 5, Σx = 9 → (9 − 5) / (√8 · √((45 − 25)/8)) = 2/√5.
        // Edge middle: W = 4, Σx = 9 → (9 − 4) / (√8 · √((36 − 16)/8)) = √5/2. Corner: W = 3, Σx = 0 → −3 / (√8 · 1.5) = −1/√2.
        var counts = [Double](repeating: 0, count: 9)
        counts[4] = 9
        let z = GetisOrd.zScores(counts, grid: grid(), band: 100)
        #expect(abs(z[4] - 2 / 5.0.squareRoot()) < 1e-12)
        #expect(abs(z[1] - 5.0.squareRoot() / 2) < 1e-12)
        #expect(abs(z[0] + 1 / 2.0.squareRoot()) < 1e-12)
    }

    @Test func cellsOutsideTheRegionAreNeitherScoredNorNeighbours() {
        var region = grid()
        region.inRegion[2] = false
        var counts = [Double](repeating: 0, count: 9)
        counts[4] = 9
        counts[2] = 100
        let scores = GetisOrd.scores(counts, grid: region, band: 100)
        #expect(scores[2] == nil)
        // With cell 2 gone: n = 8, mean 9/8, S = √(81/8 − 81/64); cell 1 keeps W = 4 (0, 1, 4 and itself... 2 is out).
        let n = 8.0, mean = 9.0 / 8, s = (81.0 / 8 - mean * mean).squareRoot(), w = 3.0
        let expected = (9 - mean * w) / (s * ((n * w - w * w) / (n - 1)).squareRoot())
        #expect(abs(scores[1]!.z - expected) < 1e-12)
    }

    @Test func aFlatRegionHasNoHotSpots() {
        let scores = GetisOrd.scores(Array(repeating: 3, count: 9), grid: grid(), band: 100)
        #expect(scores.allSatisfy { $0!.z == 0 && $0!.p == 1 && $0!.level == .none })
    }

    @Test func aStrongClusterIsHotAfterFalseDiscoveryControlAndNoiseIsNot() throws {
        let side = 250.0
        var points: [GridPoint] = []
        var random = SeededRandom(seed: 1)
        for _ in 0..<400 {
            points.append(
                GridPoint(
                    easting: Double.random(in: 0..<10_000, using: &random),
                    northing: Double.random(in: 0..<10_000, using: &random)))
        }
        for _ in 0..<60 {
            points.append(
                GridPoint(
                    easting: 5_000 + Double.random(in: 0..<250, using: &random),
                    northing: 5_000 + Double.random(in: 0..<250, using: &random)))
        }
        let result = try HotSpots(points: points, grid: try! CellGrid.boundingBox(of: points, side: side), band: 500)
        // Gi* smooths over the band, so the cluster's neighbours are hot too; nothing further away is.
        #expect(result.cells.first { $0.easting == 5_125 && $0.northing == 5_125 }?.level == .hot99)
        #expect(result.hot.allSatisfy { abs($0.easting - 5_125) <= 500 && abs($0.northing - 5_125) <= 500 })
        #expect(result.cells.count == 40 * 40)
    }

    @Test func theNinetyPercentClassNeedsALooserFalseDiscoveryRate() {
        #expect(HotSpotLevel(z: 1.8, p: 0.07) == .hot90)
        #expect(HotSpotLevel(z: -2.7, p: 0.007) == .cold99)
        #expect(HotSpotLevel(z: 1.0, p: 0.3) == .none)
    }

    @Test func quarticDensityIsThreeOverPiHSquaredAtThePointAndZeroAtTheBandwidth() throws {
        let grid = grid(columns: 5, rows: 1)
        let density = try KernelDensity.quartic([GridPoint(easting: 150, northing: 50)], grid: grid, bandwidth: 200)
        let peak = 3 / (Double.pi * 200 * 200) * 1e6
        #expect(abs(density[1] - peak) < 1e-9)
        #expect(abs(density[2] - peak * pow(1 - 0.25, 2)) < 1e-9)
        #expect(density[3] == 0)
    }

    @Test func theDensityIntegratesToOneReportPerPoint() throws {
        let grid = grid(columns: 60, rows: 60, side: 10)
        let density = try KernelDensity.quartic([GridPoint(easting: 300, northing: 300)], grid: grid, bandwidth: 200)
        let total = density.reduce(0, +) * (10 * 10) / 1e6
        #expect(abs(total - 1) < 0.01)
    }

    @Test func aBandOrKernelTooWideForItsCellsIsRefusedBeforeTheWorkStarts() throws {
        let grid = try CellGrid.boundingBox(
            of: [GridPoint(easting: 800_000, northing: 7_280_000), GridPoint(easting: 870_000, northing: 7_350_000)],
            side: 50)
        #expect(throws: AnalysisError.tooMuchWork(parameter: "band")) {
            try HotSpots(points: [], grid: grid, band: 10_000)
        }
        let points = [GridPoint](repeating: GridPoint(easting: 830_000, northing: 7_300_000), count: 100_000)
        #expect(throws: AnalysisError.tooMuchWork(parameter: "bandwidth")) {
            try KernelDensity.quartic(points, grid: grid, bandwidth: 5_000)
        }
        #expect(throws: Never.self) { try HotSpots(points: points, grid: grid, band: 200) }
    }

    @Test func theRegionIsTheCellsWhoseCentresLieInAnAreaHolesLeftOut() throws {
        // A 1 km square from (800 000, 7 300 000) with a 500 m hole in its middle, in SWEREF 99 TM.
        func ring(_ e: Double, _ n: Double, _ size: Double) -> [GeoPoint] {
            [(e, n), (e + size, n), (e + size, n + size), (e, n + size), (e, n)].map {
                SWEREF99TM.unproject(GridPoint(easting: $0.0, northing: $0.1))
            }
        }
        let area = AreaGeometry(polygons: [
            .init(rings: [ring(800_000, 7_300_000, 1_000), ring(800_250, 7_300_250, 500)])
        ])
        let grid = try CellGrid.covering([area], points: [], side: 250)
        #expect(grid.regionCount == 16 - 4)
        #expect(grid.index(of: GridPoint(easting: 800_400, northing: 7_300_400)).map { grid.inRegion[$0] } == false)
        #expect(grid.index(of: GridPoint(easting: 800_100, northing: 7_300_900)).map { grid.inRegion[$0] } == true)
    }

    @Test func theRegionAgreesWithTheAreaLookupOnLulea() throws {
        let areas = ApproximateAreas.cells(
            for: LuleaAreas.all.map { ($0.code, GeoPoint(longitude: $0.longitude, latitude: $0.latitude)) })
        let grid = try CellGrid.covering(areas.map(\.geometry), points: [], side: 250)
        let locator = AreaLocator(areas)
        var disagreements = 0
        for index in 0..<grid.count
        where grid.inRegion[index]
            != (locator.area(containing: SWEREF99TM.unproject(grid.centre(of: grid.cell(at: index)))) != nil)
        {
            disagreements += 1
        }
        // The boundaries are straight in SWEREF 99 TM (where the demo's cells were drawn); the lookup draws
        // them straight in degrees, so only a cell whose centre lies within metres of a boundary may differ.
        #expect(Double(disagreements) < 0.002 * Double(grid.regionCount))
    }

    @Test func anAbsurdRegionIsRefusedBeforeAnyMemoryIsTaken() {
        #expect(throws: AnalysisError.self) {
            try CellGrid.boundingBox(
                of: [GridPoint(easting: 0, northing: 0), GridPoint(easting: 2_000_000, northing: 7_000_000)], side: 10)
        }
    }
}

@Suite("Hot places")
struct HotSpotPlaceTests {
    @Test func eachClusterIsOnePlaceAtItsBusiestCell() throws {
        var points: [GridPoint] = []
        var random = SeededRandom(seed: 2)
        for _ in 0..<300 {
            points.append(
                GridPoint(
                    easting: Double.random(in: 0..<10_000, using: &random),
                    northing: Double.random(in: 0..<10_000, using: &random)))
        }
        for _ in 0..<40 { points.append(GridPoint(easting: 2_100, northing: 2_100)) }
        for _ in 0..<25 { points.append(GridPoint(easting: 8_100, northing: 8_100)) }
        let result = try HotSpots(points: points, grid: try CellGrid.boundingBox(of: points, side: 250), band: 500)
        let places = result.places()
        #expect(places.count == 2)
        #expect(places[0].peak.easting == 2_125 && places[0].peak.northing == 2_125 && places[0].peak.count >= 40)
        #expect(places[1].peak.easting == 8_125 && places[1].peak.northing == 8_125)
        #expect(places[0].reportsNearby >= 40)
    }

    @Test func twoClustersCloserThanTheRadiusButApartAreStillTwoPlacesWhenTheRadiusIsSmall() throws {
        var points: [GridPoint] = []
        var random = SeededRandom(seed: 4)
        for _ in 0..<300 {
            points.append(
                GridPoint(
                    easting: Double.random(in: 0..<10_000, using: &random),
                    northing: Double.random(in: 0..<10_000, using: &random)))
        }
        for _ in 0..<30 { points.append(GridPoint(easting: 5_100, northing: 5_100)) }
        for _ in 0..<20 { points.append(GridPoint(easting: 5_850, northing: 5_100)) }
        let result = try HotSpots(points: points, grid: try CellGrid.boundingBox(of: points, side: 250), band: 500)
        #expect(result.places().count == 1)
        #expect(result.places(radius: 500).count == 2)
    }
}
