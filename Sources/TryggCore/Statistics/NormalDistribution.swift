import Foundation

/// The standard normal distribution, for the p-values of z-scores.
public enum NormalDistribution {
    /// P(|Z| ≥ |z|) for a standard normal Z; `erfc` keeps precision far out in the tail, where 1 − Φ would round to 0.
    public static func twoSidedP(_ z: Double) -> Double {
        guard z.isFinite else { return z.isNaN ? 1 : 0 }
        return erfc(Swift.abs(z) / 2.0.squareRoot())
    }
}
