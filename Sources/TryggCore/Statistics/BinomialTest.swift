import Foundation

/// The exact binomial test and the exact comparison of two Poisson counts built on it.
public enum BinomialTest {
    /// Two-sided p-value of `successes` in `trials` with success probability `p`: the sum of the
    /// probabilities of every outcome no more likely than the one observed (as R's `binom.test`,
    /// with its relative tolerance of 1e-7 so that ties in floating point count as ties).
    public static func twoSidedP(successes: Int, trials: Int, probability p: Double) -> Double {
        precondition(trials >= 0 && (0...trials).contains(successes) && (0...1).contains(p))
        if trials == 0 { return 1 }
        if p == 0 { return successes == 0 ? 1 : 0 }
        if p == 1 { return successes == trials ? 1 : 0 }
        // The most likely outcome is as unsurprising as can be (R returns exactly 1 there too).
        if Double(successes) == Double(trials) * p { return 1 }
        let observed = logProbability(successes, trials, p)
        let limit = observed + log1p(1e-7)
        var total = 0.0
        for k in 0...trials {
            let logP = logProbability(k, trials, p)
            if logP <= limit { total += exp(logP) }
        }
        return min(1, total)
    }

    static func logProbability(_ k: Int, _ n: Int, _ p: Double) -> Double {
        let choose = lgamma(Double(n) + 1) - lgamma(Double(k) + 1) - lgamma(Double(n - k) + 1)
        return choose + Double(k) * log(p) + Double(n - k) * log1p(-p)
    }
}

/// Whether a count differs from an earlier one by more than chance, with exposures (lengths of time).
///
/// Under the null hypothesis of equal rates, x1 given x1 + x0 is binomial with probability t1 / (t1 + t0)
/// (Przyborowski & Wileński 1940; R's `poisson.test` for two samples).
public struct RateComparison: Sendable, Equatable, Codable {
    public var count: Int
    public var earlierCount: Int
    public var exposure: Double
    public var earlierExposure: Double
    /// The exact two-sided p-value of the conditional test.
    public var p: Double

    public init(count: Int, earlierCount: Int, exposure: Double = 1, earlierExposure: Double = 1) {
        precondition(count >= 0 && earlierCount >= 0 && exposure > 0 && earlierExposure > 0)
        self.count = count
        self.earlierCount = earlierCount
        self.exposure = exposure
        self.earlierExposure = earlierExposure
        p = BinomialTest.twoSidedP(
            successes: count, trials: count + earlierCount, probability: exposure / (exposure + earlierExposure)
        )
    }

    /// The ratio of the two rates; nil when the earlier count is zero.
    public var rateRatio: Double? {
        earlierCount == 0 ? nil : (Double(count) / exposure) / (Double(earlierCount) / earlierExposure)
    }

    /// The change in percent of the earlier rate; nil when the earlier count is zero.
    public var changePercent: Double? { rateRatio.map { ($0 - 1) * 100 } }
}
