import Foundation

/// Fisher's exact test of a 2×2 table and the exact confidence interval of its odds ratio.
public enum FisherExactTest {
    /// Two-sided p-value of the table [[a, b], [c, d]]: the probability, given its margins, of every table no more
    /// likely than the one observed (scipy's `fisher_exact`, R's `fisher.test`). Ties count within a relative 1e-7,
    /// R's tolerance, because tables equally likely in exact arithmetic need not be so in floating point (scipy's
    /// 1e-14 gives the same p but for tables that differ in probability by less than 1e-7 without being equal). 1 when
    /// a row or column is empty, as the margins then allow one table only.
    public static func twoSidedP(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Double {
        precondition(min(a, b, c, d) >= 0)
        guard let distribution = distribution(a, b, c, d) else { return 1 }
        let logs = distribution.relativeLogProbabilities(logOddsRatio: 0)
        let limit = logs[a - distribution.support.lowerBound] + log1p(1e-7)
        var inside = 0.0
        var total = 0.0
        for logProbability in logs {
            let term = exp(logProbability)
            total += term
            if logProbability <= limit { inside += term }
        }
        return min(1, inside / total)
    }

    /// The exact conditional confidence interval of the odds ratio ad/bc of [[a, b], [c, d]] (Cornfield 1956), as
    /// scipy's `odds_ratio(table, kind="conditional").confidence_interval(level)` and R's `fisher.test`: the odds
    /// ratios ψ at which P(X ≥ a) and P(X ≤ a) are each (1 − level)/2 under Fisher's noncentral hypergeometric
    /// distribution. The lower end is 0 when a is as small as the margins allow; there is no upper end when a is as
    /// large as they allow. nil when a row or column is empty.
    public static func oddsRatioInterval(
        _ a: Int, _ b: Int, _ c: Int, _ d: Int, level: Double = 0.95
    ) -> OddsRatioInterval? {
        precondition(min(a, b, c, d) >= 0 && level > 0 && level < 1)
        guard let distribution = distribution(a, b, c, d) else { return nil }
        let tail = (1 - level) / 2
        var interval = OddsRatioInterval(low: 0, high: nil, level: level)
        // P(X ≥ a) rises with ψ and P(X ≤ a) falls; at an end of the support one of them is 1 whatever ψ is.
        if a > distribution.support.lowerBound {
            interval.low = solve(rising: true, target: tail) { distribution.upperTail(a, logOddsRatio: $0) }
        }
        if a < distribution.support.upperBound {
            interval.high = solve(rising: false, target: tail) { distribution.lowerTail(a, logOddsRatio: $0) }
        }
        return interval
    }

    private static func distribution(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> NoncentralHypergeometric? {
        guard a + b > 0, c + d > 0, a + c > 0, b + d > 0 else { return nil }
        return NoncentralHypergeometric(rows: a + b, c + d, column: a + c)
    }

    /// The ψ at which `tail(log ψ)` equals `target`, for a tail that rises (or falls) steadily with ψ: bracketed by
    /// doubling log ψ outwards from 0, then Brent's method to 1e−12 in log ψ, as scipy brackets and calls `brentq`.
    private static func solve(rising: Bool, target: Double, _ tail: (Double) -> Double) -> Double {
        func excess(_ t: Double) -> Double { rising ? tail(t) - target : target - tail(t) }
        var below = -1.0
        var above = 1.0
        var excessBelow = excess(below)
        var excessAbove = excess(above)
        // No table of counts puts log ψ anywhere near ±1024; the limit only guarantees that the search ends.
        while excessBelow > 0, below > -1024 {
            (above, excessAbove) = (below, excessBelow)
            below *= 2
            excessBelow = excess(below)
        }
        while excessAbove < 0, above < 1024 {
            (below, excessBelow) = (above, excessAbove)
            above *= 2
            excessAbove = excess(above)
        }
        return exp(brent(excess, below, excessBelow, above, excessAbove, tolerance: 1e-12))
    }

    /// Brent's (1973) root finder on [a, b], where f changes sign: inverse quadratic interpolation or the secant
    /// while they make progress, bisection when they do not (as in Numerical Recipes' `zbrent`).
    private static func brent(
        _ f: (Double) -> Double, _ a: Double, _ fa: Double, _ b: Double, _ fb: Double, tolerance: Double
    ) -> Double {
        var (a, fa, b, fb) = (a, fa, b, fb)
        var (c, fc) = (b, fb)
        var d = b - a
        var e = d
        for _ in 0..<200 {
            if (fb > 0) == (fc > 0) {
                (c, fc) = (a, fa)
                d = b - a
                e = d
            }
            if abs(fc) < abs(fb) {
                (a, fa) = (b, fb)
                (b, fb) = (c, fc)
                (c, fc) = (a, fa)
            }
            let step = 2 * Double.ulpOfOne * abs(b) + tolerance / 2
            let half = (c - b) / 2
            if abs(half) <= step || fb == 0 { return b }
            if abs(e) >= step, abs(fa) > abs(fb) {
                let s = fb / fa
                var p: Double
                var q: Double
                if a == c {
                    p = 2 * half * s
                    q = 1 - s
                } else {
                    let r = fb / fc
                    q = fa / fc
                    p = s * (2 * half * q * (q - r) - (b - a) * (r - 1))
                    q = (q - 1) * (r - 1) * (s - 1)
                }
                if p > 0 { q = -q }
                p = abs(p)
                if 2 * p < min(3 * half * q - abs(step * q), abs(e * q)) {
                    e = d
                    d = p / q
                } else {
                    d = half
                    e = d
                }
            } else {
                d = half
                e = d
            }
            (a, fa) = (b, fb)
            b += abs(d) > step ? d : (half > 0 ? step : -step)
            fb = f(b)
        }
        return b
    }
}

/// A confidence interval for an odds ratio.
public struct OddsRatioInterval: Sendable, Equatable, Codable {
    public var low: Double
    /// nil when there is no upper bound (kept out of the value itself, since JSON has no infinity).
    public var high: Double?
    public var level: Double

    /// The upper bound, +∞ when there is none.
    public var upperBound: Double { high ?? .infinity }
}
