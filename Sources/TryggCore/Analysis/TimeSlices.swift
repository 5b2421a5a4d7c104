import Foundation

/// Calendar slices of a period in Swedish local time: ISO weeks or calendar months, clipped to the period.
public enum TimeSlices {
    public enum Unit: String, Sendable, Codable, CaseIterable {
        case week, month
    }

    /// One slice: its label ("2026-W44", "2026-10") and its interval.
    public struct Slice: Sendable, Equatable, Codable {
        public var label: String
        public var start: Date
        public var end: Date
        public var seconds: Double { end.timeIntervalSince(start) }
    }

    public static let maximumSlices = 600

    /// The slices of [from, to), or an error for an empty period or one with too many slices.
    public static func slices(from: Date, to: Date, unit: Unit) throws(AnalysisError) -> [Slice] {
        guard from < to else { throw .parameter("to", "after-from") }
        let calendar = ISOWeek.calendar
        var slices: [Slice] = []
        var start = from
        while start < to {
            let label: String, boundary: Date
            switch unit {
            case .week:
                let week = ISOWeek(containing: start)
                label = week.description
                boundary = week.adding(weeks: 1).start
            case .month:
                let parts = calendar.dateComponents([.year, .month], from: start)
                label = String(format: "%04d-%02d", parts.year!, parts.month!)
                boundary = calendar.date(byAdding: .month, value: 1, to: calendar.date(from: parts)!)!
            }
            let end = min(boundary, to)
            slices.append(Slice(label: label, start: start, end: end))
            start = end
            guard slices.count <= maximumSlices else { throw .parameter("period", "too-long") }
        }
        return slices
    }

    /// The same slice a year earlier: the same calendar dates for months, 52 weeks earlier for weeks
    /// (so weekdays line up, which matters for weekly rhythms).
    public static func yearEarlier(_ slice: Slice, unit: Unit) -> Slice {
        let calendar = ISOWeek.calendar
        switch unit {
        case .week:
            let shift = { (date: Date) in calendar.date(byAdding: .day, value: -364, to: date)! }
            return Slice(
                label: ISOWeek(containing: shift(slice.start)).description, start: shift(slice.start),
                end: shift(slice.end))
        case .month:
            let shift = { (date: Date) in calendar.date(byAdding: .year, value: -1, to: date)! }
            let parts = calendar.dateComponents([.year, .month], from: shift(slice.start))
            return Slice(
                label: String(format: "%04d-%02d", parts.year!, parts.month!), start: shift(slice.start),
                end: shift(slice.end))
        }
    }

    /// The index of the slice holding `date`, by binary search; nil outside them all.
    public static func index(of date: Date, in slices: [Slice]) -> Int? {
        var low = 0, high = slices.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if date < slices[middle].start {
                high = middle - 1
            } else if date >= slices[middle].end {
                low = middle + 1
            } else {
                return middle
            }
        }
        return nil
    }
}
