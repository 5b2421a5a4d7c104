import Foundation

extension LocalTime {
    /// The moment a Swedish wall-clock time names, or nil for a date or time that does not exist
    /// (30 February, 24:00). Computed from the civil date: a Calendar per call would dominate large files.
    public static func date(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Date? {
        wallClock(year: year, month: month, day: day, hour: hour, minute: minute, second: second).map(local)
    }

    /// The local midnight that starts `YYYY-MM-DD`, or nil.
    public static func startOfDay(_ text: String) -> Date? {
        text.utf8.count == 10 ? parse(text) : nil
    }

    /// The wall-clock time as seconds since 1970 as if it were UTC, or nil when it does not exist.
    static func wallClock(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Double? {
        guard (1...12).contains(month), (1...daysIn(month, year)).contains(day), (0..<24).contains(hour),
            (0..<60).contains(minute),
            (0..<61).contains(second)
        else { return nil }
        return Double(daysSinceEpoch(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second)
    }

    /// A wall-clock time in Swedish local time: the offset in force then, asked twice across a change of offset.
    static func local(_ wall: Double) -> Date {
        let zone = ISOWeek.calendar.timeZone
        var offset = Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: wall - 3600)))
        offset = Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: wall - offset)))
        return Date(timeIntervalSince1970: wall - offset)
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Hinnant's days_from_civil).
    static func daysSinceEpoch(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `YYYY-MM-DD`, then optionally `T` or a space, `HH:MM`, `:SS`, `.fff`, and `Z` or `±HH:MM`; without an
    /// offset the time is Swedish local time. Parsed by hand: a date formatter per row would dominate a large file.
    public static func parse(_ text: String) -> Date? {
        let c = Array(text.utf8)
        func number(_ from: Int, _ length: Int) -> Int? {
            guard from + length <= c.count else { return nil }
            var value = 0
            for byte in c[from..<(from + length)] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard c.count >= 10, let year = number(0, 4), c[4] == 45, let month = number(5, 2), c[7] == 45,
            let day = number(8, 2)
        else { return nil }
        var hour = 0, minute = 0, second = 0, fraction = 0.0
        var i = 10
        if i < c.count {
            guard c[i] == 84 || c[i] == 32, i + 3 < c.count, c[i + 3] == 58, let h = number(i + 1, 2),
                let m = number(i + 4, 2)
            else { return nil }
            (hour, minute) = (h, m)
            i += 6
            if i < c.count, c[i] == 58 {
                guard let s = number(i + 1, 2) else { return nil }
                second = s
                i += 3
                if i < c.count, c[i] == 46 {
                    i += 1
                    var scale = 0.1
                    while i < c.count, (48...57).contains(c[i]) {
                        fraction += Double(c[i] - 48) * scale
                        scale /= 10
                        i += 1
                    }
                }
            }
        }
        guard let wall = wallClock(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        else { return nil }
        guard i < c.count else { return local(wall).addingTimeInterval(fraction) }
        let offset: Int
        if c[i] == 90, i + 1 == c.count {
            offset = 0
        } else if c[i] == 43 || c[i] == 45, i + 6 == c.count, c[i + 3] == 58, let hours = number(i + 1, 2),
            let minutes = number(i + 4, 2)
        {
            offset = (c[i] == 43 ? 1 : -1) * (hours * 3600 + minutes * 60)
        } else {
            return nil
        }
        return Date(timeIntervalSince1970: wall - Double(offset) + fraction)
    }
}
