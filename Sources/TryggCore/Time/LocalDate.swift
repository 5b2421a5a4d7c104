import Foundation

/// A calendar day in Sweden (`2026-11-29`), for plans and periods where the hour does not matter.
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Reads `YYYY-MM-DD`; nil for anything else or a day that does not exist.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.utf8.count == 10, parts.count == 3, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }),
            let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2]), (1900...2999).contains(year),
            LocalTime.wallClock(year: year, month: month, day: day, hour: 0, minute: 0, second: 0) != nil
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The local day a moment falls on.
    public init(_ date: Date) {
        let parts = ISOWeek.calendar.dateComponents([.year, .month, .day], from: date)
        self.year = parts.year!
        self.month = parts.month!
        self.day = parts.day!
    }

    /// The first day of its month.
    public var firstOfMonth: LocalDate {
        var first = self
        first.day = 1
        return first
    }

    /// Local midnight at its start.
    public var start: Date { LocalTime.date(year: year, month: month, day: day)! }

    /// The day `days` later (or earlier, when negative), kept within a thousand years.
    public func adding(days: Int) -> LocalDate {
        let days = max(-366_000, min(366_000, days))
        return LocalDate(ISOWeek.calendar.date(byAdding: .day, value: days, to: start)!.addingTimeInterval(3600))
    }

    /// The same day `months` later, or the month's last day when it is shorter; kept within a thousand years,
    /// so a figure typed by mistake gives a date that is refused, never a crash.
    public func adding(months: Int) -> LocalDate {
        let months = max(-12_000, min(12_000, months))
        return LocalDate(ISOWeek.calendar.date(byAdding: .month, value: months, to: start)!.addingTimeInterval(3600))
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = LocalDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
