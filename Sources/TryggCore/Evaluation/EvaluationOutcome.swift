import Foundation

/// What an evaluation design shows with the approved reports: the counts per area and period, the monthly
/// series for the chart, and (once the after period is over) the effect estimate and its verdict.
public struct EvaluationOutcome: Sendable, Codable {
    public var design: EvaluationDesign
    public var phase: Phase
    /// Treated, comparison and (if chosen) buffer area: reports before and after.
    public var treated: Counts
    public var comparison: Counts
    public var buffer: Counts?
    /// Month by month over both periods, for the chart.
    public var months: [Month]
    /// Only when the after period is over: a running period claims nothing.
    public var estimate: EffectEstimate?

    /// Where the after period stands on the day the outcome is read.
    public enum Phase: String, Sendable, Codable {
        /// The after period has not begun.
        case waiting
        /// Under way: counts so far, no verdict.
        case running
        case complete
    }

    public struct Counts: Sendable, Codable, Equatable {
        public var before: Int
        public var after: Int

        public init(before: Int, after: Int) {
            self.before = before
            self.after = after
        }
    }

    public struct Month: Sendable, Codable, Equatable {
        /// The month's first day.
        public var start: LocalDate
        public var treated: Int
        public var comparison: Int
        public var buffer: Int?
        /// In the after period (rather than the before period or the gap between them).
        public var after: Bool
    }

    /// Counts the events of the design's indicators in its areas and periods as of `today`.
    public static func count(
        _ events: [AnalysisEvent], design: EvaluationDesign, today: LocalDate
    ) throws
        -> EvaluationOutcome
    {
        let indicators = Set(design.indicatorCodes)
        let before = design.before, after = design.after
        var monthStarts: [LocalDate] = []
        var cursor = before.from.firstOfMonth
        // Months that have not begun have no reports yet: drawn as 0 they would look like a fall.
        while cursor < after.until && cursor <= today {
            monthStarts.append(cursor)
            cursor = cursor.adding(months: 1)
        }
        var treated = Counts(before: 0, after: 0), comparison = Counts(before: 0, after: 0)
        var buffer = design.bufferArea.map { _ in Counts(before: 0, after: 0) }
        var byMonth = [LocalDate: (Int, Int, Int)]()
        for event in events where indicators.contains(event.indicator) {
            let day = LocalDate(event.span.start)
            let inBefore = day >= before.from && day < before.until
            let inAfter = day >= after.from && day < after.until
            // The chart shows the months between the periods too (when the measure was carried out); the
            // counts leave them out.
            guard day >= before.from && day < after.until, let area = event.area else { continue }
            let month = day.firstOfMonth
            var row = byMonth[month] ?? (0, 0, 0)
            if area == design.treatedArea {
                if inBefore { treated.before += 1 } else if inAfter { treated.after += 1 }
                row.0 += 1
            } else if area == design.comparisonArea {
                if inBefore { comparison.before += 1 } else if inAfter { comparison.after += 1 }
                row.1 += 1
            } else if area == design.bufferArea {
                if inBefore { buffer?.before += 1 } else if inAfter { buffer?.after += 1 }
                row.2 += 1
            } else {
                continue
            }
            byMonth[month] = row
        }
        let months = monthStarts.map { start in
            let row = byMonth[start] ?? (0, 0, 0)
            return Month(
                start: start, treated: row.0, comparison: row.1, buffer: design.bufferArea == nil ? nil : row.2,
                after: start >= after.from.firstOfMonth)
        }
        let phase: Phase = today < after.from ? .waiting : today < after.until ? .running : .complete
        var estimate: EffectEstimate?
        if phase == .complete {
            let counts = try EffectCounts(
                treatedBefore: treated.before, treatedAfter: treated.after, comparisonBefore: comparison.before,
                comparisonAfter: comparison.after, bufferBefore: buffer?.before, bufferAfter: buffer?.after)
            estimate = try EffectEstimate(counts, minEvents: design.minEvents)
        }
        return EvaluationOutcome(
            design: design, phase: phase, treated: treated, comparison: comparison, buffer: buffer, months: months,
            estimate: estimate)
    }
}
