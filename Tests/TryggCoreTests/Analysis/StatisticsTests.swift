import Foundation
import Testing

@testable import TryggCore

@Suite("Exact tests, false-discovery control and trend tests")
struct StatisticsTests {
    @Test func theBinomialTestMatchesRsWorkedExample() {
        // R's ?binom.test: Mendel's peas, 682 of 925 against p = 3/4, p-value = 0.3825.
        let p = BinomialTest.twoSidedP(successes: 682, trials: 925, probability: 0.75)
        #expect(abs(p - 0.3825) < 0.00005)
    }

    @Test func theBinomialTestOfASmallCaseEqualsTheHandSum() {
        // 20 of 25 at p = 1/2: both tails, 2 × (1 + 25 + 300 + 2300 + 12650 + 53130) / 2^25.
        let p = BinomialTest.twoSidedP(successes: 20, trials: 25, probability: 0.5)
        #expect(abs(p - 2 * 68_406 / 33_554_432) < 1e-12)
    }

    @Test func twoPoissonRatesCompareAsRsPoissonTestDoes() {
        // R's ?poisson.test, "Comparison of Poisson rates": 11 in 800 against 21 in 3011 person-years, p-value = 0.07967.
        let comparison = RateComparison(
            count: 11, earlierCount: 6 + 8 + 7, exposure: 800, earlierExposure: 1083 + 1050 + 878)
        #expect(abs(comparison.p - 0.07967) < 0.000005)
        #expect(abs(comparison.rateRatio! - 1.971488) < 0.000001)
    }

    @Test func equalCountsOverEqualTimesAreNoChangeAtAll() {
        #expect(RateComparison(count: 7, earlierCount: 7).p == 1)
        #expect(RateComparison(count: 0, earlierCount: 0).p == 1)
    }

    @Test func benjaminiHochbergRejectsFourOfTheFifteenInTheirPaper() {
        // Benjamini & Hochberg (1995), section 4: 15 p-values, q = 0.05, the four smallest are rejected.
        let p = [
            0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719, 0.6528,
            0.7590, 1.000,
        ]
        #expect(
            FalseDiscoveryRate.significant(p, q: 0.05) == Array(repeating: true, count: 4)
                + Array(repeating: false, count: 11))
    }

    @Test func benjaminiHochbergAdjustedValuesAreMonotoneAndKeepTheInputOrder() {
        let adjusted = FalseDiscoveryRate.adjusted([0.04, 0.01, 0.03])
        // Sorted: 0.01·3/1 = 0.03, 0.03·3/2 = 0.045, 0.04·3/3 = 0.04 → running minimum from the top: 0.03, 0.04, 0.04.
        #expect(adjusted.map { ($0 * 1e6).rounded() / 1e6 } == [0.04, 0.03, 0.04])
    }

    @Test func mannKendallOfAStrictlyRisingSeriesOfFive() {
        let test = MannKendall([1, 2, 3, 4, 5])
        #expect(test.s == 10)
        #expect(abs(test.variance - 300.0 / 18) < 1e-12)
        #expect(abs(test.z - 9 / (300.0 / 18).squareRoot()) < 1e-12)
        #expect(abs(test.p - 0.02749) < 0.00001)
        #expect(test.direction() == 1)
    }

    @Test func mannKendallCorrectsTheVarianceForTies() {
        // S = 0 + 1 + 1 = 2; Var = (3·2·11 − 2·1·9) / 18 = 48 / 18.
        let test = MannKendall([1, 1, 2])
        #expect(test.s == 2)
        #expect(abs(test.variance - 48.0 / 18) < 1e-12)
        #expect(test.direction() == 0)
    }

    @Test func theNormalTailStaysExactFarOut() {
        #expect(abs(NormalDistribution.twoSidedP(1.959963985) - 0.05) < 1e-9)
        #expect(NormalDistribution.twoSidedP(10) > 0)
        #expect(NormalDistribution.twoSidedP(-2) == NormalDistribution.twoSidedP(2))
    }
}
