import Foundation

/// Square cells of side `side` metres in SWEREF 99 TM, aligned to multiples of `side`, over a rectangle
/// of columns and rows; `inRegion` marks the cells of the study region (the rest are outside it).
public struct CellGrid: Sendable, Equatable {
    /// One cell: its column and row (easting and northing divided by the side, rounded down).
    public struct Cell: Sendable, Hashable, Codable {
        public var column: Int
        public var row: Int
        public init(column: Int, row: Int) {
            self.column = column
            self.row = row
        }
    }

    public var side: Double
    public var firstColumn: Int
    public var firstRow: Int
    public var columns: Int
    public var rows: Int
    /// Row-major, `rows × columns`.
    public var inRegion: [Bool]

    /// More cells than this is a mistake (a stray point far away, or a tiny cell), not a study.
    public static let maximumCells = 20_000_000

    public var count: Int { columns * rows }
    public var regionCount: Int { inRegion.lazy.filter { $0 }.count }

    public static func cell(of point: GridPoint, side: Double) -> Cell {
        Cell(column: Int((point.easting / side).rounded(.down)), row: Int((point.northing / side).rounded(.down)))
    }

    public func centre(of cell: Cell) -> GridPoint {
        GridPoint(easting: (Double(cell.column) + 0.5) * side, northing: (Double(cell.row) + 0.5) * side)
    }

    public func cell(at index: Int) -> Cell {
        Cell(column: firstColumn + index % columns, row: firstRow + index / columns)
    }

    /// The index of the cell holding `point`, or nil outside the rectangle.
    public func index(of point: GridPoint) -> Int? {
        index(of: Self.cell(of: point, side: side))
    }

    public func index(of cell: Cell) -> Int? {
        let column = cell.column - firstColumn, row = cell.row - firstRow
        guard (0..<columns).contains(column), (0..<rows).contains(row) else { return nil }
        return row * columns + column
    }

    /// Every cell of the rectangle that holds the points (the study region of the command line).
    public static func boundingBox(of points: [GridPoint], side: Double) throws(AnalysisError) -> CellGrid {
        guard let first = points.first else { throw .noPoints }
        var low = cell(of: first, side: side), high = low
        for point in points.dropFirst() {
            let c = cell(of: point, side: side)
            low = Cell(column: min(low.column, c.column), row: min(low.row, c.row))
            high = Cell(column: max(high.column, c.column), row: max(high.row, c.row))
        }
        let grid = try rectangle(from: low, to: high, side: side)
        return grid
    }

    /// The cells whose centres lie in one of the areas, plus every cell that holds a point, so that no
    /// point falls outside the study region (the study region of the app).
    public static func covering(
        _ areas: [AreaGeometry], points: [GridPoint], side: Double
    ) throws(AnalysisError) -> CellGrid {
        let polygons = areas.flatMap(\.polygons).map { $0.rings.map { $0.map(SWEREF99TM.project) } }
        let corners = polygons.flatMap { $0.first ?? [] } + points
        guard !corners.isEmpty else { throw .noPoints }
        var grid = try boundingBox(of: corners, side: side)
        grid.inRegion = [Bool](repeating: false, count: grid.count)
        for rings in polygons { grid.fill(rings) }
        for point in points {
            if let index = grid.index(of: point) { grid.inRegion[index] = true }
        }
        return grid
    }

    /// Marks the cells whose centres lie inside one polygon (outer ring and holes, in SWEREF 99 TM, with
    /// straight edges there), row by row: the crossings of each row's centre line with the edges, filled
    /// between pairs (even–odd, so holes stay empty). Rows × edges instead of a point-in-polygon test per
    /// cell, which took seconds for 50 m cells over a municipality.
    mutating func fill(_ rings: [[GridPoint]]) {
        var crossings: [Double] = []
        for row in 0..<rows {
            let y = (Double(firstRow + row) + 0.5) * side
            crossings.removeAll(keepingCapacity: true)
            for ring in rings where ring.count > 1 {
                for (a, b) in zip(ring, ring.dropFirst() + [ring[0]]) where (a.northing <= y) != (b.northing <= y) {
                    crossings.append(a.easting + (y - a.northing) / (b.northing - a.northing) * (b.easting - a.easting))
                }
            }
            crossings.sort()
            for pair in stride(from: 0, to: crossings.count - 1, by: 2) {
                // Cells whose centre (c + ½)·side lies in [left, right).
                let first = max(Int((crossings[pair] / side - 0.5).rounded(.up)), firstColumn)
                let last = min(Int((crossings[pair + 1] / side - 0.5).rounded(.up)) - 1, firstColumn + columns - 1)
                guard first <= last else { continue }
                for column in first...last { inRegion[row * columns + column - firstColumn] = true }
            }
        }
    }

    /// The study region of the app: the areas' cells when there are areas with boundaries, else the points'
    /// box, and no cells at all when there are neither (a quiet month is a picture too, not an error).
    public static func studyRegion(
        _ areas: [AreaGeometry], points: [GridPoint], side: Double
    ) throws(AnalysisError) -> CellGrid {
        if areas.isEmpty && points.isEmpty {
            return CellGrid(side: side, firstColumn: 0, firstRow: 0, columns: 0, rows: 0, inRegion: [])
        }
        return areas.isEmpty ? try boundingBox(of: points, side: side) : try covering(areas, points: points, side: side)
    }

    static func rectangle(from low: Cell, to high: Cell, side: Double) throws(AnalysisError) -> CellGrid {
        let columns = high.column - low.column + 1, rows = high.row - low.row + 1
        guard Double(columns) * Double(rows) <= Double(maximumCells) else {
            throw .tooManyCells(columns * rows, side: side)
        }
        return CellGrid(
            side: side, firstColumn: low.column, firstRow: low.row, columns: columns, rows: rows,
            inRegion: [Bool](repeating: true, count: columns * rows))
    }

    /// How many points fall in each cell, row-major; points outside the rectangle are not counted.
    public func counts(_ points: [GridPoint]) -> [Double] {
        var counts = [Double](repeating: 0, count: count)
        for point in points {
            if let index = index(of: point) { counts[index] += 1 }
        }
        return counts
    }
}

/// Why an analysis cannot run on the data or parameters given.
public enum AnalysisError: Error, Sendable, Equatable {
    case noPoints
    case tooManyCells(Int, side: Double)
    case parameter(String, String)
    case tooFewSlices(Int)
    case unreadable([PointFile.Problem])
    case periodRequired
    /// More arithmetic than a request may cost (`parameter` names what to change): a wide band or kernel
    /// over small cells, or many slices of a large region.
    case tooMuchWork(parameter: String)
}

extension AnalysisError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .noPoints: "there are no points to analyse"
        case .tooManyCells(let cells, let side):
            "the study region would have \(cells) cells of \(CSV.number(side)) m (at most \(CellGrid.maximumCells)); use larger cells or check for stray points far away"
        case .parameter(let name, let rule):
            switch rule {
            case "date": "\(name) must be a date, YYYY-MM-DD"
            case "after-from": "the period must end after it starts"
            case "too-long": "the period has more than \(TimeSlices.maximumSlices) slices"
            default: name == "file" ? rule : "\(name) must be \(rule)"
            }
        case .tooFewSlices(let count):
            "emerging hot spots need at least \(EmergingHotSpots.minimumSlices) time slices, the period has \(count)"
        case .unreadable(let problems):
            (problems.prefix(20).map(\.description)
                + (problems.count > 20 ? ["… and \(problems.count - 20) more"] : []))
                .joined(separator: "\n") + "\n\(problems.count) unreadable lines; fix them or pass --skip-invalid"
        case .periodRequired: "a trend needs a period: --from and --to"
        case .tooMuchWork(let parameter):
            "that is too much to compute (over \(GetisOrd.maximumWork / 1_000_000) million steps): use larger cells, a narrower \(parameter) or a shorter period"
        }
    }
}
