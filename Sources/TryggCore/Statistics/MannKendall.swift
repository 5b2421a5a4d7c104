import Foundation

/// The Mann–Kendall test for a monotonic trend in a series (Mann 1945, Kendall 1975), with the variance
/// corrected for ties and the continuity-corrected normal approximation.
public struct MannKendall: Sendable, Equatable, Codable {
    /// S = Σ_{i<j} sign(x_j − x_i).
    public var s: Int
    public var variance: Double
    public var z: Double
    /// Two-sided p-value from the normal approximation.
    public var p: Double

    public init(_ series: [Double]) {
        let n = series.count
        var s = 0
        for i in 0..<n {
            for j in (i + 1)..<n {
                if series[j] > series[i] { s += 1 } else if series[j] < series[i] { s -= 1 }
            }
        }
        var tieTerm = 0.0
        for size in Dictionary(grouping: series, by: { $0 }).values.map(\.count) where size > 1 {
            let t = Double(size)
            tieTerm += t * (t - 1) * (2 * t + 5)
        }
        let nn = Double(n)
        let variance = (nn * (nn - 1) * (2 * nn + 5) - tieTerm) / 18
        self.s = s
        self.variance = variance
        if variance <= 0 || s == 0 {
            z = 0
        } else {
            z = Double(s > 0 ? s - 1 : s + 1) / variance.squareRoot()
        }
        p = NormalDistribution.twoSidedP(z)
    }

    /// The trend at level `alpha`: +1 rising, −1 falling, 0 none.
    public func direction(alpha: Double = 0.05) -> Int { p <= alpha ? (s > 0 ? 1 : -1) : 0 }
}
