import Foundation

/// Events read from a CSV file of the police's or anyone's: a header row, then `lat,lon` (WGS 84) or
/// `northing,easting` (SWEREF 99 TM), an optional `time` (ISO 8601: an instant, a date, or `start/end`)
/// and an optional `indicator`. Commas or semicolons separate fields; double quotes quote them.
public struct PointFile: Sendable {
    /// One readable row.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var point: GridPoint
        public var span: HotTimes.Span?
        public var indicator: String?
    }

    /// A line that could not be read, with its number in the file (the header is line 1).
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public var rows: [Row] = []
    public var problems: [Problem] = []

    /// Reads every line, collecting the unreadable ones instead of stopping at the first.
    public init(_ text: String) throws(AnalysisError) {
        // Lines as byte ranges, a trailing CR dropped: Character-by-Character splitting and Foundation's
        // trimming cost more than all the rest for a file of 100,000 rows.
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var lines: [String] = []
        var lineStart = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 10 {
            var end = index
            if end > lineStart, bytes[end - 1] == 13 { end -= 1 }
            lines.append(String(decoding: bytes[lineStart..<end], as: UTF8.self))
            lineStart = index + 1
        }
        guard let header = lines.first, !Self.trimmed(header).isEmpty else {
            throw .parameter("file", "no header row")
        }
        let separator: Character = header.contains(",") || !header.contains(";") ? "," : ";"
        let names = Self.fields(header, separator).map { Self.trimmed($0).lowercased() }
        let column = { (name: String) in names.firstIndex(of: name) }
        let latLon = (column("lat") ?? column("latitude"), column("lon") ?? column("longitude"))
        let grid = (column("northing"), column("easting"))
        guard (latLon.0 != nil && latLon.1 != nil) || (grid.0 != nil && grid.1 != nil) else {
            throw .parameter("file", "the header needs the columns lat,lon (WGS 84) or northing,easting (SWEREF 99 TM); it has \(names.joined(separator: ","))")
        }
        let timeColumn = column("time"), indicatorColumn = column("indicator")
        for (offset, line) in lines.enumerated().dropFirst() where !Self.trimmed(line).isEmpty {
            let number = offset + 1
            let fields = Self.fields(line, separator).map(Self.trimmed)
            let value = { (index: Int?) -> String? in index.flatMap { $0 < fields.count ? fields[$0] : nil } }
            var point: GridPoint?
            if let lat = latLon.0, let lon = latLon.1 {
                guard let latitude = Double(value(lat) ?? ""), let longitude = Double(value(lon) ?? ""),
                      (-90...90).contains(latitude), (-180...180).contains(longitude) else {
                    problems.append(.init(line: number, message: "lat,lon must be degrees (WGS 84), got '\(value(lat) ?? "")','\(value(lon) ?? "")'"))
                    continue
                }
                point = SWEREF99TM.project(GeoPoint(longitude: longitude, latitude: latitude))
            } else if let n = grid.0, let e = grid.1 {
                guard let northing = Double(value(n) ?? ""), let easting = Double(value(e) ?? ""),
                      (6_000_000...7_800_000).contains(northing), (100_000...1_000_000).contains(easting) else {
                    problems.append(.init(line: number, message: "northing,easting must be metres in SWEREF 99 TM (Sweden), got '\(value(n) ?? "")','\(value(e) ?? "")'"))
                    continue
                }
                point = GridPoint(easting: easting, northing: northing)
            }
            var span: HotTimes.Span?
            if let text = value(timeColumn), !text.isEmpty {
                guard let parsed = Self.span(text) else {
                    problems.append(.init(line: number, message: "time '\(text)' is not ISO 8601 (2026-10-03T22:15, 2026-10-03, or start/end)"))
                    continue
                }
                span = parsed
            }
            let indicator = value(indicatorColumn).flatMap { $0.isEmpty ? nil : $0 }
            rows.append(Row(line: number, point: point!, span: span, indicator: indicator))
        }
    }

    /// Spaces and tabs cut from both ends.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { $0 != 32 && $0 != 9 }) else { return "" }
        let last = utf8.lastIndex(where: { $0 != 32 && $0 != 9 })!
        return first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) ? text : String(text[first...last])
    }

    /// Splits one line at `separator`, honouring double quotes.
    static func fields(_ line: String, _ separator: Character) -> [String] {
        if !line.utf8.contains(34) { return line.split(separator: separator, omittingEmptySubsequences: false).map(String.init) }
        var fields: [String] = [], current = "", quoted = false
        var characters = line.makeIterator()
        while let character = characters.next() {
            if character == "\"" {
                if quoted, let next = characters.next() {
                    if next == "\"" { current.append("\"") } else {
                        quoted = false
                        if next == separator { fields.append(current); current = "" } else { current.append(next) }
                    }
                } else { quoted.toggle() }
            } else if character == separator && !quoted {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }

    /// An instant (with an offset, or Swedish local time without one), a whole local day, or `start/end`.
    public static func span(_ text: String) -> HotTimes.Span? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 2 {
            guard let start = instant(parts[0]), let end = instant(parts[1]), end > start,
                  end.timeIntervalSince(start) <= HotTimes.longestSpan else { return nil }
            return .init(start: start, end: end)
        }
        guard parts.count == 1 else { return nil }
        if text.count == 10, let day = instant(text) {
            return .init(start: day, end: ISOWeek.calendar.date(byAdding: .day, value: 1, to: day))
        }
        return instant(text).map { .init(start: $0) }
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
    static func instant(_ text: String) -> Date? {
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
        guard let year = number(0, 4), c.count >= 10, c[4] == 45, let month = number(5, 2), c[7] == 45, let day = number(8, 2) else { return nil }
        var parts = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        var fraction = 0.0
        var i = 10
        if i < c.count {
            guard c[i] == 84 || c[i] == 32, let hour = number(i + 1, 2), i + 3 < c.count, c[i + 3] == 58, let minute = number(i + 4, 2),
                  hour < 24, minute < 60 else { return nil }
            parts.hour = hour
            parts.minute = minute
            i += 6
            if i < c.count, c[i] == 58 {
                guard let second = number(i + 1, 2), second < 61 else { return nil }
                parts.second = second
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
        guard (1...12).contains(month), (1...daysIn(month, year)).contains(day) else { return nil }
        // Seconds of the wall-clock time as if it were UTC, from the civil date (days since 1970-01-01).
        let wall = Double(daysSinceEpoch(year, month, day) * 86_400 + parts.hour! * 3600 + parts.minute! * 60 + parts.second!)
        var offset: Double
        if i < c.count {
            if c[i] == 90, i + 1 == c.count {
                offset = 0
            } else if c[i] == 43 || c[i] == 45, let hours = number(i + 1, 2), i + 6 == c.count, c[i + 3] == 58, let minutes = number(i + 4, 2) {
                offset = Double((c[i] == 43 ? 1 : -1) * (hours * 3600 + minutes * 60))
            } else {
                return nil
            }
        } else {
            // Swedish local time: the offset in force at that moment (asked twice across a change of offset).
            let zone = ISOWeek.calendar.timeZone
            offset = Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: wall - 3600)))
            offset = Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: wall - offset)))
        }
        let date = Date(timeIntervalSince1970: wall - offset)
        return date.addingTimeInterval(fraction)
    }
}
