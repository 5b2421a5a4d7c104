import Foundation

/// Dates and times as people in the municipality read and type them: Swedish local time, `2026-11-25`
/// and `21:30`. (Stored and exchanged times stay ISO 8601 instants.)
public enum LocalTime {
    /// `YYYY-MM-DD` in Swedish local time.
    public static func day(_ date: Date) -> String {
        let c = ISOWeek.calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    /// `HH:MM` in Swedish local time.
    public static func time(_ date: Date) -> String {
        let c = ISOWeek.calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", c.hour!, c.minute!)
    }

    /// `YYYY-MM-DD HH:MM` in Swedish local time.
    public static func minute(_ date: Date) -> String { day(date) + " " + time(date) }

    /// ISO 8601 in Swedish local time with its offset, `2026-11-20T21:30:00+01:00`: for files people open
    /// in a spreadsheet, where a UTC `Z` time reads as the wrong hour.
    public static func iso8601(_ date: Date) -> String { date.formatted(offsetStyle) }

    /// A value type, safe to share between requests (an `ISO8601DateFormatter` is not, on Linux).
    private static let offsetStyle = Date.ISO8601FormatStyle(
        timeZoneSeparator: .colon, timeZone: ISOWeek.calendar.timeZone)
}
