import Foundation

/// The Getis–Ord Gi* statistic (Ord & Getis 1995) over the cells of a study region, with binary weights:
/// every cell whose centre lies within `band` metres of cell i's centre, cell i itself included.
public enum GetisOrd {
    /// Gi* of one cell.
    public struct Score: Sendable, Equatable, Codable {
        public var count: Double
        public var z: Double
        /// Two-sided normal p-value of z.
        public var p: Double
        /// Survives Benjamini–Hochberg over all cells of the region.
        public var fdrSignificant: Bool
        public var level: HotSpotLevel
    }

    /// The most cell × neighbour steps one computation may take (about half a second here): a 10 km band
    /// over 50 m cells would otherwise keep a server busy for minutes.
    public static let maximumWork = 200_000_000

    /// Refuses a band so wide for its cells that the computation would exceed `maximumWork`.
    public static func check(grid: CellGrid, band: Double) throws(AnalysisError) {
        guard neighbourhood(side: grid.side, band: band).count * grid.count <= maximumWork else {
            throw .tooMuchWork(parameter: "band")
        }
    }

    /// Scores for every cell of `grid` (nil outside the study region), from `counts` in the grid's order.
    /// The cost is cells × neighbours in the band, independent of how many points made the counts.
    public static func scores(_ counts: [Double], grid: CellGrid, band: Double, q: Double = 0.05) -> [Score?] {
        let z = zScores(counts, grid: grid, band: band)
        var regionIndices: [Int] = []
        regionIndices.reserveCapacity(grid.count)
        for index in 0..<grid.count where grid.inRegion[index] { regionIndices.append(index) }
        let p = regionIndices.map { NormalDistribution.twoSidedP(z[$0]) }
        let survives = FalseDiscoveryRate.significant(p, q: q)
        var scores = [Score?](repeating: nil, count: grid.count)
        for (k, index) in regionIndices.enumerated() {
            scores[index] = Score(
                count: counts[index], z: z[index], p: p[k], fdrSignificant: survives[k],
                level: survives[k] ? HotSpotLevel(z: z[index], p: p[k]) : .none)
        }
        return scores
    }

    /// The offsets (columns, rows) of the cells whose centres lie within `band` of a cell's centre, inclusive.
    public static func neighbourhood(side: Double, band: Double) -> [(Int, Int)] {
        let reach = Int((band / side).rounded(.down))
        // Compare in whole cells squared, with a tolerance, so that a band of exactly two cells includes them.
        let limit = (band / side) * (band / side) * (1 + 1e-12)
        var offsets: [(Int, Int)] = []
        for dr in -reach...reach {
            for dc in -reach...reach where Double(dc * dc + dr * dr) <= limit { offsets.append((dc, dr)) }
        }
        return offsets
    }

    /// Gi* z-scores in the grid's order; 0 outside the region and where the statistic is undefined
    /// (every cell equal, or every cell a neighbour of every other).
    public static func zScores(_ counts: [Double], grid: CellGrid, band: Double) -> [Double] {
        var n = 0.0, sum = 0.0, sumOfSquares = 0.0
        for index in 0..<grid.count where grid.inRegion[index] {
            n += 1
            sum += counts[index]
            sumOfSquares += counts[index] * counts[index]
        }
        var z = [Double](repeating: 0, count: grid.count)
        guard n > 1 else { return z }
        let mean = sum / n
        let s = max(0, sumOfSquares / n - mean * mean).squareRoot()
        guard s > 0 else { return z }
        let offsets = neighbourhood(side: grid.side, band: band)
        let columns = grid.columns, rows = grid.rows
        counts.withUnsafeBufferPointer { x in
            grid.inRegion.withUnsafeBufferPointer { region in
                for row in 0..<rows {
                    for column in 0..<columns {
                        let index = row * columns + column
                        guard region[index] else { continue }
                        var weights = 0.0, local = 0.0
                        for (dc, dr) in offsets {
                            let c = column + dc, r = row + dr
                            guard c >= 0, c < columns, r >= 0, r < rows else { continue }
                            let j = r * columns + c
                            guard region[j] else { continue }
                            weights += 1
                            local += x[j]
                        }
                        // Binary weights: Σw² = Σw = W.
                        let spread = (n * weights - weights * weights) / (n - 1)
                        guard spread > 0 else { continue }
                        z[index] = (local - mean * weights) / (s * spread.squareRoot())
                    }
                }
            }
        }
        return z
    }
}

/// A cell's class: hot or cold at 90, 95 or 99 % confidence, given only to cells that survive the FDR control.
public enum HotSpotLevel: String, Sendable, Codable, CaseIterable {
    case hot99 = "hot-99"
    case hot95 = "hot-95"
    case hot90 = "hot-90"
    case none
    case cold90 = "cold-90"
    case cold95 = "cold-95"
    case cold99 = "cold-99"

    /// The class by the two-sided p-value and the sign of z (p ≤ 0.01 → 99 %, ≤ 0.05 → 95 %, ≤ 0.10 → 90 %).
    public init(z: Double, p: Double) {
        let hot = z > 0
        switch p {
        case ...0.01: self = hot ? .hot99 : .cold99
        case ...0.05: self = hot ? .hot95 : .cold95
        case ...0.10: self = hot ? .hot90 : .cold90
        default: self = .none
        }
    }

    public var isHot: Bool { self == .hot99 || self == .hot95 || self == .hot90 }
    public var isCold: Bool { self == .cold99 || self == .cold95 || self == .cold90 }

    /// Colours from ColorBrewer's RdBu scheme, which stays readable for the common colour-vision deficiencies.
    public var colour: String? {
        switch self {
        case .hot99: "#b2182b"
        case .hot95: "#ef8a62"
        case .hot90: "#fddbc7"
        case .none: nil
        case .cold90: "#d1e5f0"
        case .cold95: "#67a9cf"
        case .cold99: "#2166ac"
        }
    }
}
