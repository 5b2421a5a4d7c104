import Foundation

/// Emerging hot-spot analysis: Gi* per cell in every time slice, a Mann–Kendall test on each cell's series
/// of z-scores, and a category for every cell that is a hot spot in the last slice (docs/analysis.md).
public struct EmergingHotSpots: Sendable {
    public enum Category: String, Sendable, Codable, CaseIterable {
        /// Hot in the last slice and in an unbroken run of at most half the slices up to it, never before.
        case new
        /// Long-standing (below) with a significant upward trend.
        case intensifying
        /// Long-standing with no significant trend.
        case persistent
        /// Long-standing with a significant downward trend.
        case diminishing
        /// Hot in the last slice and on and off before it, neither new nor long-standing.
        case sporadic
    }

    /// A categorised cell.
    public struct Cell: Sendable, Equatable, Codable {
        public var easting: Double
        public var northing: Double
        public var category: Category
        /// Events in the cell in each slice.
        public var counts: [Int]
        /// Gi* z-score in each slice.
        public var z: [Double]
        /// Whether the cell was a hot spot (FDR-significant, z > 0) in each slice.
        public var hot: [Bool]
        public var trend: MannKendall
        /// Benjamini–Hochberg adjusted p-value of the trend, over the cells hot in at least 90 % of slices.
        public var trendAdjustedP: Double?
    }

    /// A located, timed event.
    public struct Event: Sendable {
        public var point: GridPoint
        public var time: Date
        public init(point: GridPoint, time: Date) {
            self.point = point
            self.time = time
        }
    }

    public static let minimumSlices = 4

    public var slices: [TimeSlices.Slice]
    public var cells: [Cell]

    public init(
        _ events: [Event], grid: CellGrid, band: Double, slices: [TimeSlices.Slice], q: Double = 0.05
    ) throws(AnalysisError) {
        guard slices.count >= Self.minimumSlices else { throw .tooFewSlices(slices.count) }
        var pointsBySlice = [[GridPoint]](repeating: [], count: slices.count)
        for event in events {
            if let index = TimeSlices.index(of: event.time, in: slices) { pointsBySlice[index].append(event.point) }
        }
        try GetisOrd.check(grid: grid, band: band)
        guard
            GetisOrd.neighbourhood(side: grid.side, band: band).count * grid.count * slices.count <= 5
                * GetisOrd.maximumWork
        else {
            throw .tooMuchWork(parameter: "band")
        }
        let last = slices.count - 1
        let steady = Int((0.9 * Double(slices.count)).rounded(.up))
        // The last slice decides which cells are categorised at all, so it comes first; then every slice
        // keeps only those cells' series, and a year of weeks never holds all slices' scores at once.
        let scores = { (slice: Int) in GetisOrd.scores(grid.counts(pointsBySlice[slice]), grid: grid, band: band, q: q)
        }
        let final = scores(last)
        let hotAtEnd = (0..<grid.count).filter { index in final[index].map { $0.fdrSignificant && $0.z > 0 } ?? false }
        var series = [(counts: [Int], z: [Double], hot: [Bool])](repeating: ([], [], []), count: hotAtEnd.count)
        for slice in 0...last {
            let current = slice == last ? final : scores(slice)
            for (k, index) in hotAtEnd.enumerated() {
                let score = current[index]
                series[k].counts.append(Int(score?.count ?? 0))
                series[k].z.append(score?.z ?? 0)
                series[k].hot.append((score?.fdrSignificant ?? false) && (score?.z ?? 0) > 0)
            }
        }
        let candidates = hotAtEnd.indices.map { k in
            (index: hotAtEnd[k], hot: series[k].hot, trend: MannKendall(series[k].z))
        }
        // Long-standing: hot in at least 90 % of the slices, or in an unbroken run over more than half of
        // them up to the last. The trend decides between intensifying, persistent and diminishing, so it is
        // tested with FDR control over exactly those cells.
        let longStanding = { (hot: [Bool]) -> Bool in
            hot.filter { $0 }.count >= steady
                || 2 * (hot.count - (hot.lastIndex(of: false).map { $0 + 1 } ?? 0)) > hot.count
        }
        let steadyCells = candidates.indices.filter { longStanding(candidates[$0].hot) }
        let adjusted = FalseDiscoveryRate.adjusted(steadyCells.map { candidates[$0].trend.p })
        var adjustedByCandidate: [Int: Double] = [:]
        for (k, candidate) in steadyCells.enumerated() { adjustedByCandidate[candidate] = adjusted[k] }
        cells = candidates.enumerated().map { k, candidate in
            let category: Category
            if let adjustedP = adjustedByCandidate[k] {
                category = adjustedP > q ? .persistent : (candidate.trend.s > 0 ? .intensifying : .diminishing)
            } else {
                let firstHot = candidate.hot.firstIndex(of: true)!
                category = candidate.hot[firstHot...].allSatisfy { $0 } ? .new : .sporadic
            }
            let centre = grid.centre(of: grid.cell(at: candidate.index))
            return Cell(
                easting: centre.easting, northing: centre.northing, category: category, counts: series[k].counts,
                z: series[k].z,
                hot: candidate.hot, trend: candidate.trend, trendAdjustedP: adjustedByCandidate[k])
        }
        self.slices = slices
    }

    public func cells(_ category: Category) -> [Cell] { cells.filter { $0.category == category } }
}
