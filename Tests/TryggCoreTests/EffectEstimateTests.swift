import Foundation
import Testing

@testable import TryggCore

/// Every p and interval below is scipy 1.17.1's, for the table t = [[a1, a0], [b1, b0]]:
/// `scipy.stats.fisher_exact(t).pvalue` and
/// `scipy.stats.contingency.odds_ratio(t, kind="conditional").confidence_interval(level)`.
@Suite("The effect of a measure against a comparison area")
struct EffectEstimateTests {
    struct Reference: Sendable, CustomTestStringConvertible {
        var a0: Int, a1: Int, b0: Int, b1: Int
        var p: Double
        var low: Double
        /// nil where scipy gives inf.
        var high: Double?
        var verdict: EffectVerdict

        var testDescription: String { "\(a0)→\(a1) against \(b0)→\(b1)" }
    }

    /// The table in the brief, then more tables: large counts, zero cells and ties.
    static let references: [Reference] = [
        Reference(
            a0: 60, a1: 30, b0: 60, b1: 60, p: 0.017138438043242697, low: 0.27226142298975836,
            high: 0.9130900751074684, verdict: .reductionShown),
        Reference(
            a0: 40, a1: 20, b0: 40, b1: 40, p: 0.05844250147183451, low: 0.2348335597502338,
            high: 1.054660613249186, verdict: .noDetectableChange),
        Reference(
            a0: 40, a1: 20, b0: 40, b1: 20, p: 1.0, low: 0.4365645139268353, high: 2.290612196133797,
            verdict: .noDetectableChange),
        Reference(
            a0: 15, a1: 0, b0: 15, b1: 15, p: 0.0005637493035788184, low: 0, high: 0.3562689777697628,
            verdict: .reductionShown),
        Reference(
            a0: 20, a1: 40, b0: 30, b1: 30, p: 0.09517408734609471, low: 0.8986032519781276,
            high: 4.475461745810603, verdict: .noDetectableChange),
        Reference(
            a0: 4, a1: 2, b0: 5, b1: 5, p: 0.6328671328671329, low: 0.032447523121672484,
            high: 5.913804801437034, verdict: .tooFewEvents),
        Reference(
            a0: 3000, a1: 2800, b0: 3000, b1: 3000, p: 0.06287164596760662, low: 0.8677342350530618,
            high: 1.0038913877962636, verdict: .noDetectableChange),
        Reference(
            a0: 2800, a1: 3000, b0: 3000, b1: 3000, p: 0.06287164596760662, low: 0.9961236964055151,
            high: 1.1524265836227496, verdict: .noDetectableChange),
        Reference(
            a0: 1000, a1: 900, b0: 5000, b1: 5100, p: 0.013284785549779948, low: 0.7988460633244194,
            high: 0.9745180279458123, verdict: .reductionShown),
        Reference(
            a0: 30000, a1: 28000, b0: 30000, b1: 30000, p: 3.27423112284287e-09, low: 0.912202354248448,
            high: 0.9549538152158837, verdict: .reductionShown),
        Reference(
            a0: 0, a1: 12, b0: 10, b1: 15, p: 0.015055906618427066, low: 1.3895542711781705, high: nil,
            verdict: .increaseShown),
        Reference(
            a0: 10, a1: 12, b0: 0, b1: 15, p: 0.002181146336416899, low: 0, high: 0.46361061327639413,
            verdict: .reductionShown),
        Reference(
            a0: 12, a1: 0, b0: 10, b1: 15, p: 0.0003655261621629482, low: 0, high: 0.3232133625522763,
            verdict: .reductionShown),
        Reference(
            a0: 12, a1: 5, b0: 10, b1: 0, p: 0.12399355877616747, low: 0.5893636398597053, high: nil,
            verdict: .noDetectableChange),
        // scipy's own example for odds_ratio, [[7, 15], [58, 472]].
        Reference(
            a0: 15, a1: 7, b0: 472, b1: 58, p: 0.009208708293015911, low: 1.2514829132266785,
            high: 10.363493716701269, verdict: .increaseShown),
        // Symmetric margins: the tables 30 and 70 are exactly as likely, and both tails must count.
        Reference(
            a0: 70, a1: 30, b0: 30, b1: 70, p: 2.310326429897527e-08, low: 0.09578889135034534,
            high: 0.3506377516576693, verdict: .reductionShown),
        Reference(
            a0: 25, a1: 10, b0: 25, b1: 25, p: 0.07270704975595889, low: 0.14185045004039146,
            high: 1.092304565370061, verdict: .noDetectableChange),
        Reference(
            a0: 5, a1: 30, b0: 5, b1: 10, p: 0.14277603718747423, low: 0.5502155636218048,
            high: 15.842035639868277, verdict: .noDetectableChange),
        Reference(
            a0: 100, a1: 100, b0: 100, b1: 100, p: 1.0, low: 0.6629325255537319, high: 1.5084491429421396,
            verdict: .noDetectableChange),
        Reference(
            a0: 1, a1: 1, b0: 1, b1: 1, p: 1.0, low: 0.006400016357890016, high: 156.2496006379585,
            verdict: .tooFewEvents),
        Reference(
            a0: 2, a1: 0, b0: 30, b1: 30, p: 0.49233209941829714, low: 0, high: 5.655735374161375,
            verdict: .tooFewEvents),
        Reference(
            a0: 0, a1: 3, b0: 30, b1: 30, p: 0.23963133640552986, low: 0.38190752568848285, high: nil,
            verdict: .tooFewEvents),
    ]

    static func close(_ value: Double?, _ expected: Double?, relative: Double = 1e-8) -> Bool {
        guard let value, let expected else { return value == nil && expected == nil }
        return expected == 0 ? value == 0 : abs(value - expected) <= relative * abs(expected)
    }

    /// The estimate for a0, a1, b0, b1.
    static func estimate(_ c: Int..., buffer: (Int, Int)? = nil, level: Double = 0.95) throws -> EffectEstimate {
        let counts = try EffectCounts(
            treatedBefore: c[0], treatedAfter: c[1], comparisonBefore: c[2], comparisonAfter: c[3],
            bufferBefore: buffer?.0, bufferAfter: buffer?.1)
        return try EffectEstimate(counts, level: level)
    }

    @Test("Fisher's p and the conditional interval agree with scipy's", arguments: references)
    func matchesScipy(_ row: Reference) {
        let p = FisherExactTest.twoSidedP(row.a1, row.a0, row.b1, row.b0)
        let interval = FisherExactTest.oddsRatioInterval(row.a1, row.a0, row.b1, row.b0)
        #expect(Self.close(p, row.p))
        #expect(Self.close(interval?.low, row.low))
        #expect(Self.close(interval?.high, row.high))
        #expect(interval?.level == 0.95)
    }

    @Test("Each table gets its verdict, and the ratio is a1·b0/(a0·b1) whenever a0·b1 > 0", arguments: references)
    func verdict(_ row: Reference) throws {
        let estimate = try Self.estimate(row.a0, row.a1, row.b0, row.b1)
        #expect(estimate.verdict == row.verdict)
        guard row.verdict != .tooFewEvents else { return }
        let product = row.a0 * row.b1
        #expect(Self.close(estimate.ratio, product == 0 ? nil : Double(row.a1 * row.b0) / Double(product)))
        #expect(Self.close(estimate.p, row.p))
        #expect(Self.close(estimate.interval?.low, row.low))
        #expect(Self.close(estimate.interval?.high, row.high))
    }

    @Test("The brief's table: a 50 % fall is shown with 60 events but not with 40, and a shared fall is no effect")
    func theBriefsTable() throws {
        #expect(try Self.estimate(60, 30, 60, 60).ratio == 0.5)
        #expect(try Self.estimate(60, 30, 60, 60).verdict == .reductionShown)
        #expect(try Self.estimate(40, 20, 40, 40).ratio == 0.5)
        #expect(try Self.estimate(40, 20, 40, 40).verdict == .noDetectableChange)
        #expect(try Self.estimate(40, 20, 40, 20).ratio == 1)
        #expect(try Self.estimate(40, 20, 40, 20).verdict == .noDetectableChange)
        #expect(try Self.estimate(15, 0, 15, 15).ratio == 0)
        #expect(try Self.estimate(15, 0, 15, 15).verdict == .reductionShown)
        #expect(try Self.estimate(20, 40, 30, 30).ratio == 2)
        #expect(try Self.estimate(20, 40, 30, 30).verdict == .noDetectableChange)
        #expect(try Self.estimate(4, 2, 5, 5).verdict == .tooFewEvents)
    }

    @Test("The confidence level is a parameter, and at 90 % a rise of the brief's table is shown")
    func level() throws {
        // odds_ratio(t, kind="conditional").confidence_interval(0.90)
        let cases: [(EffectEstimate, Double, Double, EffectVerdict)] = [
            (try Self.estimate(60, 30, 60, 60, level: 0.9), 0.2988150399840551, 0.8354549583531985, .reductionShown),
            (try Self.estimate(20, 40, 30, 30, level: 0.9), 1.0088000959219323, 3.9641741485060424, .increaseShown),
            (
                try Self.estimate(3000, 2800, 3000, 3000, level: 0.9), 0.8778676936243585, 0.9923078239692779,
                .reductionShown
            ),
        ]
        for (estimate, low, high, verdict) in cases {
            #expect(Self.close(estimate.interval?.low, low))
            #expect(Self.close(estimate.interval?.high, high))
            #expect(estimate.interval?.level == 0.9)
            #expect(estimate.verdict == verdict)
        }
        let unbounded = FisherExactTest.oddsRatioInterval(12, 0, 15, 10, level: 0.9)
        #expect(Self.close(unbounded?.low, 1.8308191854725118))
        #expect(unbounded?.high == nil && unbounded?.upperBound == .infinity)
    }

    @Test("Too few events keeps the counts but claims nothing, and the minimum is a setting")
    func tooFewEvents() throws {
        let estimate = try Self.estimate(4, 2, 5, 5, buffer: (3, 1))
        #expect(estimate.counts.treatedAfter == 2 && estimate.counts.bufferBefore == 3)
        #expect(estimate.ratio == nil && estimate.interval == nil && estimate.p == nil)
        #expect(estimate.eventsPrevented == nil && estimate.displacementQuotient == nil)
        #expect(estimate.csvRow == ["", "", "", "", "too_few_events"])
        // 6 events in the treated area: one short of 7, enough for 6.
        let counts = try EffectCounts(treatedBefore: 4, treatedAfter: 2, comparisonBefore: 5, comparisonAfter: 5)
        #expect(try EffectEstimate(counts, minEvents: 7).verdict == .tooFewEvents)
        let six = try EffectEstimate(counts, minEvents: 6)
        #expect(six.verdict == .noDetectableChange)
        #expect(Self.close(six.p, 0.6328671328671329))
    }

    @Test("Without events in a period in either area nothing can be compared, even with no minimum")
    func emptyPeriod() throws {
        #expect(FisherExactTest.twoSidedP(0, 50, 0, 50) == 1)
        #expect(FisherExactTest.oddsRatioInterval(0, 50, 0, 50) == nil)
        let counts = try EffectCounts(treatedBefore: 50, treatedAfter: 0, comparisonBefore: 50, comparisonAfter: 0)
        #expect(try EffectEstimate(counts, minEvents: 0).verdict == .tooFewEvents)
        let none = try EffectCounts(treatedBefore: 0, treatedAfter: 0, comparisonBefore: 50, comparisonAfter: 40)
        #expect(try EffectEstimate(none, minEvents: 0).verdict == .tooFewEvents)
    }

    @Test("Events prevented are a1·(1/RR − 1), from a1·(1/high − 1) to a1·(1/low − 1)")
    func eventsPrevented() throws {
        // 30·(1/0.9130900751074684 − 1) and 30·(1/0.27226142298975836 − 1).
        let prevented = try #require(try Self.estimate(60, 30, 60, 60).eventsPrevented)
        #expect(Self.close(prevented.estimate, 30, relative: 1e-12))
        #expect(Self.close(prevented.low, 2.8554660902092))
        #expect(Self.close(prevented.high, 80.18821421912757))
        // Nothing after in the treated area: the 15 expected were all prevented, with no upper bound.
        let all = try #require(try Self.estimate(15, 0, 15, 15).eventsPrevented)
        #expect(all.estimate == 15 && all.low == 0 && all.high == nil)
        // 25 before, and the comparison area rose by half: 37.5 expected, 12 seen.
        let more = try #require(try Self.estimate(25, 12, 10, 15).eventsPrevented)
        #expect(Self.close(more.estimate, 25.5, relative: 1e-12))
        // No comparison events before: no expectation to compare with.
        #expect(try Self.estimate(10, 12, 0, 15).eventsPrevented == nil)
    }

    @Test("The weighted displacement quotient weighs the buffer's change against the treated area's gain")
    func displacement() throws {
        // a = 60→30, b = 60→60: the treated area gained 30/60 − 60/60 = −0.5 relative to the comparison area.
        let cases: [((Int, Int), Double, Displacement)] = [
            ((30, 20), 1.0 / 3, .diffusionOfBenefit), ((30, 45), -0.5, .displacement), ((30, 30), 0, .neither),
            ((30, 60), -1, .displacement), ((30, 100), -7.0 / 3, .moreDisplacedThanGained),
        ]
        for (buffer, quotient, meaning) in cases {
            let estimate = try Self.estimate(60, 30, 60, 60, buffer: buffer)
            #expect(Self.close(estimate.displacementQuotient, quotient, relative: 1e-12))
            #expect(estimate.displacement == meaning)
        }
        #expect(try Self.estimate(60, 30, 60, 60, buffer: (30, 30)).displacementQuotient?.sign == .plus)
        // No buffer, or a treated area that did not improve relative to the comparison area: nothing to weigh.
        #expect(try Self.estimate(60, 30, 60, 60).displacementQuotient == nil)
        #expect(try Self.estimate(40, 20, 40, 20, buffer: (30, 10)).displacementQuotient == nil)
        #expect(try Self.estimate(20, 40, 30, 30, buffer: (30, 10)).displacement == nil)
        #expect(Displacement.neither.rawValue == "none")
    }

    @Test("The CSV row has four decimals, four significant digits for p, inf and empty fields where undefined")
    func csv() throws {
        #expect(EffectEstimate.csvHeader.joined(separator: ",") == "ratio,ci_low,ci_high,p,verdict")
        #expect(
            try Self.estimate(60, 30, 60, 60).csvRow.joined(separator: ",")
                == "0.5000,0.2723,0.9131,0.01714,reduction_shown")
        #expect(
            try Self.estimate(15, 0, 15, 15).csvRow.joined(separator: ",")
                == "0.0000,0.0000,0.3563,0.0005637,reduction_shown")
        #expect(
            try Self.estimate(40, 20, 40, 20).csvRow.joined(separator: ",")
                == "1.0000,0.4366,2.2906,1,no_detectable_change")
        #expect(
            try Self.estimate(0, 12, 10, 15).csvRow.joined(separator: ",")
                == ",1.3896,inf,0.01506,increase_shown")
        #expect(
            try Self.estimate(30000, 28000, 30000, 30000).csvRow.joined(separator: ",")
                == "0.9333,0.9122,0.9550,3.274e-09,reduction_shown")
        #expect(try Self.estimate(4, 2, 5, 5).csvRow.joined(separator: ",") == ",,,,too_few_events")
    }

    @Test("Counts below zero, half a buffer and settings out of range are refused with a readable reason")
    func refusals() throws {
        #expect(throws: EffectCountsError.negativeCount("comparison area after", -3)) {
            try EffectCounts(treatedBefore: 1, treatedAfter: 1, comparisonBefore: 1, comparisonAfter: -3)
        }
        #expect(throws: EffectCountsError.negativeCount("buffer before", -1)) {
            try EffectCounts(
                treatedBefore: 1, treatedAfter: 1, comparisonBefore: 1, comparisonAfter: 1, bufferBefore: -1,
                bufferAfter: 2)
        }
        #expect(throws: EffectCountsError.incompleteBuffer) {
            try EffectCounts(
                treatedBefore: 1, treatedAfter: 1, comparisonBefore: 1, comparisonAfter: 1, bufferAfter: 2)
        }
        let counts = try EffectCounts(treatedBefore: 60, treatedAfter: 30, comparisonBefore: 60, comparisonAfter: 60)
        #expect(throws: EffectCountsError.level(95)) { try EffectEstimate(counts, level: 95) }
        #expect(throws: EffectCountsError.minEvents(-1)) { try EffectEstimate(counts, minEvents: -1) }
        #expect(
            EffectCountsError.negativeCount("treated area before", -2).description
                == "the count for the treated area before must be 0 or more, not -2")
        #expect(EffectCountsError.level(95).description.contains("between 0 and 1"))
        let json = #"{"treatedBefore":5,"treatedAfter":-1,"comparisonBefore":5,"comparisonAfter":5}"#
        #expect(throws: EffectCountsError.negativeCount("treated area after", -1)) {
            try JSONDecoder().decode(EffectCounts.self, from: Data(json.utf8))
        }
    }

    @Test("An estimate with an unbounded interval goes to JSON and back, since no infinity is stored")
    func json() throws {
        let estimate = try Self.estimate(0, 12, 10, 15, buffer: (4, 4))
        #expect(estimate.interval?.high == nil && estimate.interval?.upperBound == .infinity)
        let bounded = try Self.estimate(60, 30, 60, 60, buffer: (30, 20))
        for value in [estimate, bounded] {
            let data = try JSONEncoder().encode(value)
            #expect(try JSONDecoder().decode(EffectEstimate.self, from: data) == value)
        }
        let text = String(decoding: try JSONEncoder().encode(bounded), as: UTF8.self)
        #expect(text.contains(#""verdict":"reduction_shown""#))
    }
}
