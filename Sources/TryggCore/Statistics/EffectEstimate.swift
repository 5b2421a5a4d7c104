import Foundation

/// Whether a measure changed the number of events in the area it treated, judged against a comparison area: the
/// ratio of ratios with its exact conditional interval and Fisher's exact test, events prevented and displacement.
public struct EffectEstimate: Sendable, Equatable, Codable {
    public var counts: EffectCounts
    /// Fewest events each of the treated and the comparison area must have, before and after together.
    public var minEvents: Int
    public var level: Double
    public var verdict: EffectVerdict
    /// (a1/a0)/(b1/b0); nil when a0·b1 = 0. This and everything below is nil with too few events, so that no
    /// direction is ever read from them.
    public var ratio: Double?
    /// The exact conditional interval of the odds ratio of [[a1, a0], [b1, b0]], which is the ratio above.
    public var interval: OddsRatioInterval?
    /// Fisher's exact two-sided p-value of the same table.
    public var p: Double?
    public var eventsPrevented: EventsPrevented?
    /// Bowers & Johnson's weighted displacement quotient, when there is a buffer and the treated area improved.
    public var displacementQuotient: Double?

    public init(_ counts: EffectCounts, minEvents: Int = 10, level: Double = 0.95) throws(EffectCountsError) {
        guard minEvents >= 0 else { throw .minEvents(minEvents) }
        guard level > 0, level < 1 else { throw .level(level) }
        self.counts = counts
        self.minEvents = minEvents
        self.level = level
        let (a0, a1, b0, b1) = (
            counts.treatedBefore, counts.treatedAfter, counts.comparisonBefore, counts.comparisonAfter
        )
        // The interval is nil when the table has an empty row or column (no events in an area, or in a period in
        // both areas): then there is nothing to compare, whatever minEvents says.
        guard a0 + a1 >= minEvents, b0 + b1 >= minEvents,
            let interval = FisherExactTest.oddsRatioInterval(a1, a0, b1, b0, level: level)
        else {
            verdict = .tooFewEvents
            return
        }
        if interval.upperBound < 1 {
            verdict = .reductionShown
        } else if interval.low > 1 {
            verdict = .increaseShown
        } else {
            verdict = .noDetectableChange
        }
        ratio = counts.ratio
        self.interval = interval
        p = FisherExactTest.twoSidedP(a1, a0, b1, b0)
        if ratio != nil, b0 > 0 {
            eventsPrevented = EventsPrevented(observed: a1, expected: Double(a0) * Double(b1) / Double(b0), interval)
        }
        displacementQuotient = counts.weightedDisplacementQuotient
    }

    /// What the buffer's change says about displacement.
    public var displacement: Displacement? { displacementQuotient.map(Displacement.init(quotient:)) }

    public static let csvHeader = ["ratio", "ci_low", "ci_high", "p", "verdict"]

    /// A row under `csvHeader`: the ratio and interval with four decimals, p with four significant digits, an
    /// empty field for what is undefined and `inf` for an interval without upper bound. With too few events only
    /// the verdict is filled in, so that no direction is printed.
    public var csvRow: [String] {
        func fixed(_ value: Double) -> String { String(format: "%.4f", value) }
        guard verdict != .tooFewEvents, let interval, let p else { return ["", "", "", "", verdict.rawValue] }
        return [
            ratio.map(fixed) ?? "", fixed(interval.low), interval.high.map(fixed) ?? "inf", String(format: "%.4g", p),
            verdict.rawValue,
        ]
    }
}

/// What an effect estimate may claim, from where its confidence interval lies relative to 1.
public enum EffectVerdict: String, Sendable, Codable, CaseIterable {
    /// The whole interval lies below 1.
    case reductionShown = "reduction_shown"
    /// The whole interval lies above 1.
    case increaseShown = "increase_shown"
    /// The interval contains 1: a change may be there, but these counts cannot tell it from chance.
    case noDetectableChange = "no_detectable_change"
    /// The treated or the comparison area has fewer events than the minimum; nothing is claimed.
    case tooFewEvents = "too_few_events"
}

/// Events prevented: how many more the treated area would have had after, had it changed as the comparison area did.
public struct EventsPrevented: Sendable, Equatable, Codable {
    /// a0·b1/b0 − a1, which is a1·(1/RR − 1) and also holds when a1 = 0.
    public var estimate: Double
    /// a1·(1/high − 1), from the upper end of the ratio's interval; −a1 when that has no upper end.
    public var low: Double
    /// a1·(1/low − 1); nil, unbounded, when the ratio's interval reaches down to 0.
    public var high: Double?

    init(observed a1: Int, expected: Double, _ interval: OddsRatioInterval) {
        let a1 = Double(a1)
        estimate = expected - a1
        low = interval.high.map { a1 * (1 / $0 - 1) } ?? -a1
        high = interval.low > 0 ? a1 * (1 / interval.low - 1) : nil
    }
}

/// What a buffer's change says about events moving out of the treated area, by the sign and size of the weighted
/// displacement quotient (Bowers & Johnson 2003).
public enum Displacement: String, Sendable, Codable, CaseIterable {
    /// Above 0: the buffer improved too.
    case diffusionOfBenefit = "diffusion_of_benefit"
    /// From −1 up to 0: some events moved to the buffer, fewer than were prevented.
    case displacement
    /// Below −1: more events moved to the buffer than were prevented in the treated area.
    case moreDisplacedThanGained = "more_displaced_than_gained"
    /// Exactly 0: the buffer changed as the comparison area did. Not `none`, which Optional already uses.
    case neither = "none"

    public init(quotient: Double) {
        if quotient > 0 {
            self = .diffusionOfBenefit
        } else if quotient == 0 {
            self = .neither
        } else if quotient >= -1 {
            self = .displacement
        } else {
            self = .moreDisplacedThanGained
        }
    }
}
