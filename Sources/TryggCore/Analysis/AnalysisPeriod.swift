import Foundation

/// A period of whole local days, as analysts give it: from a first day to a last day, both included.
public struct AnalysisPeriod: Sendable, Equatable {
    public var start: Date
    /// The first moment after the last day.
    public var end: Date

    public init(start: Date, end: Date) {
        self.start = start
        self.end = end
    }

    /// Reads `YYYY-MM-DD` days; the last day is included.
    public init(firstDay: String, lastDay: String) throws(AnalysisError) {
        guard let start = LocalTime.startOfDay(firstDay) else { throw .parameter("from", "date") }
        guard let last = LocalTime.startOfDay(lastDay) else { throw .parameter("to", "date") }
        guard last >= start else { throw .parameter("to", "after-from") }
        self.start = start
        end = ISOWeek.calendar.date(byAdding: .day, value: 1, to: last)!
    }

    /// The calendar month holding `date`.
    public static func month(containing date: Date) -> AnalysisPeriod {
        let calendar = ISOWeek.calendar
        let start = calendar.date(from: calendar.dateComponents([.year, .month], from: date))!
        return AnalysisPeriod(start: start, end: calendar.date(byAdding: .month, value: 1, to: start)!)
    }

    /// `YYYY-MM` as a month, or nil.
    public static func month(_ text: String) -> AnalysisPeriod? {
        guard text.count == 7, let start = LocalTime.startOfDay(text + "-01") else { return nil }
        return month(containing: start)
    }

    /// The period cut at `now`: the future has no reports yet, and counting it as empty time would make
    /// every comparison with a whole earlier period look like a fall.
    public func until(_ now: Date) -> AnalysisPeriod {
        now > start && now < end ? AnalysisPeriod(start: start, end: now) : self
    }

    public func contains(_ date: Date) -> Bool { date >= start && date < end }

    public var firstDay: String { LocalTime.day(start) }
    public var lastDay: String { LocalTime.day(end.addingTimeInterval(-1)) }
}
