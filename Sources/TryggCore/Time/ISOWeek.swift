import Foundation

/// An ISO 8601 week, `YYYY-Www`: the unit of the weekly meeting and the weekly situation picture.
/// Weeks start on Monday; week 1 holds the year's first Thursday. Times are Swedish local time.
public struct ISOWeek: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public var year: Int
    public var week: Int

    public init(year: Int, week: Int) {
        self.year = year
        self.week = week
    }

    /// The calendar the municipality works in.
    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "Europe/Stockholm")!
        return calendar
    }()

    /// Reads `2026-W48`; nil for anything else or a week the year does not have.
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[1].hasPrefix("W"), let year = Int(parts[0]), let week = Int(parts[1].dropFirst()),
            parts[0].count == 4, parts[1].count == 3, (1...53).contains(week), (1900...2999).contains(year)
        else { return nil }
        self.init(year: year, week: week)
        guard ISOWeek(containing: start) == self else { return nil }
    }

    public init(containing date: Date) {
        let components = Self.calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        self.init(year: components.yearForWeekOfYear!, week: components.weekOfYear!)
    }

    /// Monday 00:00 local time.
    public var start: Date {
        Self.calendar.date(from: DateComponents(weekday: 2, weekOfYear: week, yearForWeekOfYear: year))!
    }

    /// The next Monday 00:00: the week is `start ..< end`.
    public var end: Date { Self.calendar.date(byAdding: .weekOfYear, value: 1, to: start)! }

    public func adding(weeks: Int) -> ISOWeek {
        ISOWeek(containing: Self.calendar.date(byAdding: .weekOfYear, value: weeks, to: start)!)
    }

    public var description: String { String(format: "%04d-W%02d", year, week) }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { (lhs.year, lhs.week) < (rhs.year, rhs.week) }
}
