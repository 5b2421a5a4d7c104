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
        let lines = CSVReading.lines(text)
        guard let header = lines.first, !CSVReading.trimmed(header).isEmpty else {
            throw .parameter("file", "no header row")
        }
        let separator = CSVReading.separator(header)
        let names = CSVReading.fields(header, separator).map { CSVReading.trimmed($0).lowercased() }
        let column = { (name: String) in names.firstIndex(of: name) }
        let latLon = (column("lat") ?? column("latitude"), column("lon") ?? column("longitude"))
        let grid = (column("northing"), column("easting"))
        guard (latLon.0 != nil && latLon.1 != nil) || (grid.0 != nil && grid.1 != nil) else {
            throw .parameter(
                "file",
                "the header needs the columns lat,lon (WGS 84) or northing,easting (SWEREF 99 TM); it has \(names.joined(separator: ","))"
            )
        }
        let timeColumn = column("time"), indicatorColumn = column("indicator")
        for (offset, line) in lines.enumerated().dropFirst() where !CSVReading.trimmed(line).isEmpty {
            let number = offset + 1
            let fields = CSVReading.fields(line, separator).map(CSVReading.trimmed)
            let value = { (index: Int?) -> String? in index.flatMap { $0 < fields.count ? fields[$0] : nil } }
            var point: GridPoint?
            if let lat = latLon.0, let lon = latLon.1 {
                guard let latitude = Double(value(lat) ?? ""), let longitude = Double(value(lon) ?? ""),
                    (-90...90).contains(latitude), (-180...180).contains(longitude)
                else {
                    problems.append(
                        .init(
                            line: number,
                            message: "lat,lon must be degrees (WGS 84), got '\(value(lat) ?? "")','\(value(lon) ?? "")'"
                        ))
                    continue
                }
                point = SWEREF99TM.project(GeoPoint(longitude: longitude, latitude: latitude))
            } else if let n = grid.0, let e = grid.1 {
                guard let northing = Double(value(n) ?? ""), let easting = Double(value(e) ?? ""),
                    (6_000_000...7_800_000).contains(northing), (100_000...1_000_000).contains(easting)
                else {
                    problems.append(
                        .init(
                            line: number,
                            message:
                                "northing,easting must be metres in SWEREF 99 TM (Sweden), got '\(value(n) ?? "")','\(value(e) ?? "")'"
                        ))
                    continue
                }
                point = GridPoint(easting: easting, northing: northing)
            }
            var span: HotTimes.Span?
            if let text = value(timeColumn), !text.isEmpty {
                guard let parsed = Self.span(text) else {
                    problems.append(
                        .init(
                            line: number,
                            message: "time '\(text)' is not ISO 8601 (2026-10-03T22:15, 2026-10-03, or start/end)"))
                    continue
                }
                span = parsed
            }
            let indicator = value(indicatorColumn).flatMap { $0.isEmpty ? nil : $0 }
            rows.append(Row(line: number, point: point!, span: span, indicator: indicator))
        }
    }

    /// An instant (with an offset, or Swedish local time without one), a whole local day, or `start/end`.
    public static func span(_ text: String) -> HotTimes.Span? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 2 {
            guard let start = LocalTime.parse(parts[0]), let end = LocalTime.parse(parts[1]), end > start,
                end.timeIntervalSince(start) <= HotTimes.longestSpan
            else { return nil }
            return .init(start: start, end: end)
        }
        guard parts.count == 1 else { return nil }
        if let day = LocalTime.startOfDay(text) {
            return .init(start: day, end: ISOWeek.calendar.date(byAdding: .day, value: 1, to: day))
        }
        return LocalTime.parse(text).map { .init(start: $0) }
    }
}
