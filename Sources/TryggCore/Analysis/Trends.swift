import Foundation

/// Counts per indicator and area per slice of a period, beside the same slices a year earlier, with an
/// exact test of each change and Benjamini–Hochberg control over all the indicator × area cells shown.
public struct Trends: Sendable {
    /// One event to count: when, what and where (area code, nil when unknown).
    public struct Event: Sendable, Equatable {
        public var time: Date
        public var indicator: String
        public var area: String?
        public init(time: Date, indicator: String, area: String?) {
            self.time = time
            self.indicator = indicator
            self.area = area
        }
    }

    /// The counts of one indicator in one area (or of everything, for the total).
    public struct Series: Sendable, Equatable, Codable {
        public var indicator: String?
        public var area: String?
        public var counts: [Int]
        public var earlierCounts: [Int]
        public var comparison: RateComparison
        /// The Benjamini–Hochberg adjusted p-value within the family of cells shown.
        public var adjustedP: Double
        public var significant: Bool

        public var total: Int { comparison.count }
        public var earlierTotal: Int { comparison.earlierCount }
        /// +1 a significant rise, −1 a significant fall, 0 no significant change.
        public var direction: Int {
            guard significant else { return 0 }
            return Double(comparison.count) / comparison.exposure > Double(comparison.earlierCount)
                / comparison.earlierExposure ? 1 : -1
        }
    }

    public var unit: TimeSlices.Unit
    public var slices: [TimeSlices.Slice]
    public var earlierSlices: [TimeSlices.Slice]
    /// Every indicator × area cell with at least one event in either period, largest change first.
    public var series: [Series]
    /// Everything together, tested on its own.
    public var total: Series
    public var q: Double

    public init(_ events: [Event], from: Date, to: Date, unit: TimeSlices.Unit, q: Double = 0.05) throws(AnalysisError)
    {
        let slices = try TimeSlices.slices(from: from, to: to, unit: unit)
        let earlier = slices.map { TimeSlices.yearEarlier($0, unit: unit) }
        let exposure = slices.reduce(0) { $0 + $1.seconds }, earlierExposure = earlier.reduce(0) { $0 + $1.seconds }
        struct Key: Hashable { var indicator: String; var area: String? }
        var counts: [Key: ([Int], [Int])] = [:]
        var all = ([Int](repeating: 0, count: slices.count), [Int](repeating: 0, count: slices.count))
        for event in events {
            let key = Key(indicator: event.indicator, area: event.area)
            if let index = TimeSlices.index(of: event.time, in: slices) {
                counts[
                    key, default: (Array(repeating: 0, count: slices.count), Array(repeating: 0, count: slices.count))
                ].0[index] += 1
                all.0[index] += 1
            } else if let index = TimeSlices.index(of: event.time, in: earlier) {
                counts[
                    key, default: (Array(repeating: 0, count: slices.count), Array(repeating: 0, count: slices.count))
                ].1[index] += 1
                all.1[index] += 1
            }
        }
        let keys = counts.keys.sorted { ($0.indicator, $0.area ?? "") < ($1.indicator, $1.area ?? "") }
        let comparisons = keys.map { key in
            RateComparison(
                count: counts[key]!.0.reduce(0, +), earlierCount: counts[key]!.1.reduce(0, +),
                exposure: exposure, earlierExposure: earlierExposure)
        }
        let adjusted = FalseDiscoveryRate.adjusted(comparisons.map(\.p))
        series = keys.indices.map { i in
            Series(
                indicator: keys[i].indicator, area: keys[i].area, counts: counts[keys[i]]!.0,
                earlierCounts: counts[keys[i]]!.1,
                comparison: comparisons[i], adjustedP: adjusted[i], significant: adjusted[i] <= q)
        }.enumerated().sorted { a, b in
            let changeA = abs(a.element.total - a.element.earlierTotal),
                changeB = abs(b.element.total - b.element.earlierTotal)
            return changeA != changeB ? changeA > changeB : a.offset < b.offset
        }.map(\.element)
        let overall = RateComparison(
            count: all.0.reduce(0, +), earlierCount: all.1.reduce(0, +), exposure: exposure,
            earlierExposure: earlierExposure)
        total = Series(
            indicator: nil, area: nil, counts: all.0, earlierCounts: all.1, comparison: overall, adjustedP: overall.p,
            significant: overall.p <= q)
        self.unit = unit
        self.slices = slices
        earlierSlices = earlier
        self.q = q
    }

    public var rises: [Series] { series.filter { $0.direction > 0 } }
    public var falls: [Series] { series.filter { $0.direction < 0 } }
}
