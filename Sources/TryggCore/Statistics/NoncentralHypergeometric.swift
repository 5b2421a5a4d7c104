import Foundation

/// Fisher's noncentral hypergeometric distribution: the top-left cell of a 2×2 table given its margins when the
/// odds ratio is ψ; at ψ = 1 it is the ordinary hypergeometric distribution of Fisher's exact test.
struct NoncentralHypergeometric: Sendable {
    /// The values the cell can take with these margins.
    let support: ClosedRange<Int>
    /// log C(n1, k) + log C(n2, m − k) for each k of the support, lowest k first.
    let logWeights: [Double]

    /// Rows totalling `n1` and `n2`, the first column totalling `m`.
    init(rows n1: Int, _ n2: Int, column m: Int) {
        precondition(n1 >= 0 && n2 >= 0 && (0...(n1 + n2)).contains(m))
        let support = max(0, m - n2)...min(n1, m)
        self.support = support
        logWeights = support.map { k in logChoose(n1, k) + logChoose(n2, m - k) }
    }

    /// The log-probability of each k of the support at log ψ = `logOddsRatio`, less that of the most likely k and
    /// unnormalised: exponentiating these cannot overflow, even with thousands of events, where the binomial
    /// coefficients themselves are far beyond a Double.
    func relativeLogProbabilities(logOddsRatio t: Double) -> [Double] {
        let low = Double(support.lowerBound)
        let exponents = logWeights.enumerated().map { index, weight in weight + (low + Double(index)) * t }
        let top = exponents.max() ?? 0
        return exponents.map { $0 - top }
    }

    /// P(X ∈ `values`) at log ψ = `logOddsRatio`. Each term is summed on its own rather than as 1 minus the rest,
    /// so a small tail keeps its relative precision.
    func probability(of values: ClosedRange<Int>, logOddsRatio t: Double = 0) -> Double {
        let low = support.lowerBound
        let (indices, top) = window(logOddsRatio: t)
        var inside = 0.0
        var total = 0.0
        for index in indices {
            let term = exp(logWeights[index] + Double(low + index) * t - top)
            total += term
            if values.contains(low + index) { inside += term }
        }
        return inside / total
    }

    /// The indices of the terms that matter at log ψ = t, and the log of the largest term. The distribution is
    /// log-concave, so the terms fall steadily on either side of the most likely value; beyond e^−60 of it the rest
    /// add less than 1e−20 to the sum, and leaving them out makes the interval of tens of thousands of events quick.
    private func window(logOddsRatio t: Double) -> (indices: ClosedRange<Int>, top: Double) {
        let low = Double(support.lowerBound)
        func exponent(_ index: Int) -> Double { logWeights[index] + (low + Double(index)) * t }
        // The first index after which the terms fall: the differences of a concave sequence only decrease.
        var first = 0
        var last = logWeights.count - 1
        while first < last {
            let middle = (first + last) / 2
            if exponent(middle + 1) > exponent(middle) { first = middle + 1 } else { last = middle }
        }
        let top = exponent(first)
        var from = first
        var to = first
        while from > 0, exponent(from - 1) - top > -60 { from -= 1 }
        while to < logWeights.count - 1, exponent(to + 1) - top > -60 { to += 1 }
        return (from...to, top)
    }

    /// P(X ≤ x).
    func lowerTail(_ x: Int, logOddsRatio t: Double) -> Double {
        x < support.lowerBound ? 0 : probability(of: support.lowerBound...min(x, support.upperBound), logOddsRatio: t)
    }

    /// P(X ≥ x).
    func upperTail(_ x: Int, logOddsRatio t: Double) -> Double {
        x > support.upperBound ? 0 : probability(of: max(x, support.lowerBound)...support.upperBound, logOddsRatio: t)
    }
}

private func logChoose(_ n: Int, _ k: Int) -> Double {
    lgamma(Double(n) + 1) - lgamma(Double(k) + 1) - lgamma(Double(n - k) + 1)
}
