/// The hot-spot analysis of a set of points: Gi* per cell of the study region.
public struct HotSpots: Sendable {
    /// One cell of the study region, as the command line, the API and the CSV exports give it.
    public struct Cell: Sendable, Equatable, Codable {
        /// The cell's centre in SWEREF 99 TM.
        public var easting: Double
        public var northing: Double
        public var count: Int
        public var z: Double
        public var p: Double
        public var fdrSignificant: Bool
        public var level: HotSpotLevel
    }

    public var grid: CellGrid
    public var band: Double
    public var q: Double
    /// Every cell of the study region, south to north and west to east.
    public var cells: [Cell]
    /// The Gi* score per grid index (nil outside the region), for maps and time slices.
    public var scores: [GetisOrd.Score?]

    public init(points: [GridPoint], grid: CellGrid, band: Double, q: Double = 0.05) throws(AnalysisError) {
        try GetisOrd.check(grid: grid, band: band)
        self.grid = grid
        self.band = band
        self.q = q
        scores = GetisOrd.scores(grid.counts(points), grid: grid, band: band, q: q)
        var cells: [Cell] = []
        for (index, score) in scores.enumerated() {
            guard let score else { continue }
            let centre = grid.centre(of: grid.cell(at: index))
            cells.append(
                Cell(
                    easting: centre.easting, northing: centre.northing, count: Int(score.count), z: score.z, p: score.p,
                    fdrSignificant: score.fdrSignificant, level: score.level))
        }
        self.cells = cells
    }

    public var hot: [Cell] { cells.filter { $0.level.isHot }.sorted { $0.z > $1.z } }
    public var cold: [Cell] { cells.filter { $0.level.isCold }.sorted { $0.z < $1.z } }

    /// Checks the cell size and band the way every entry point (command line, page, API) must.
    public static func check(cell: Double, band: Double) throws(AnalysisError) {
        guard cell.isFinite, (10...10_000).contains(cell) else { throw .parameter("cell", "10–10000") }
        guard band.isFinite, band >= 0, band <= 50_000 else { throw .parameter("band", "0–50000") }
    }
}

/// Kernel density with the quartic (biweight) kernel, as in CrimeStat and QGIS's heatmap.
public enum KernelDensity {
    /// Reports per km² at every cell centre of `grid`, in the grid's order:
    /// Σ 3/(π h²) · (1 − d²/h²)² over the points within h of the centre.
    public static func quartic(
        _ points: [GridPoint], grid: CellGrid, bandwidth h: Double
    ) throws(AnalysisError) -> [Double] {
        let reach = (2 * h / grid.side).rounded(.up) + 1
        guard Double(points.count) * reach * reach <= Double(GetisOrd.maximumWork) else {
            throw .tooMuchWork(parameter: "bandwidth")
        }
        var density = [Double](repeating: 0, count: grid.count)
        let h2 = h * h, norm = 3 / (Double.pi * h2) * 1_000_000
        for point in points {
            let low = CellGrid.cell(
                of: GridPoint(easting: point.easting - h, northing: point.northing - h), side: grid.side)
            let high = CellGrid.cell(
                of: GridPoint(easting: point.easting + h, northing: point.northing + h), side: grid.side)
            let firstRow = max(low.row, grid.firstRow), lastRow = min(high.row, grid.firstRow + grid.rows - 1)
            let firstColumn = max(low.column, grid.firstColumn),
                lastColumn = min(high.column, grid.firstColumn + grid.columns - 1)
            guard firstRow <= lastRow, firstColumn <= lastColumn else { continue }
            for row in firstRow...lastRow {
                for column in firstColumn...lastColumn {
                    let centre = grid.centre(of: .init(column: column, row: row))
                    let de = centre.easting - point.easting, dn = centre.northing - point.northing
                    let d2 = de * de + dn * dn
                    guard d2 < h2, let index = grid.index(of: .init(column: column, row: row)) else { continue }
                    let u = 1 - d2 / h2
                    density[index] += norm * u * u
                }
            }
        }
        return density
    }

    public static func check(bandwidth: Double) throws(AnalysisError) {
        guard bandwidth.isFinite, (50...20_000).contains(bandwidth) else { throw .parameter("bandwidth", "50–20000") }
    }
}
