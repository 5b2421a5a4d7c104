import Foundation

/// When events happen: a weekday × hour matrix in Swedish local time. An event known only to a span of
/// time spreads its weight of one over the hours of the span, in proportion to the time in each hour
/// (aoristic analysis, Ratcliffe 2002), so a night report does not pile up at 22:00.
public struct HotTimes: Sendable, Equatable, Codable {
    /// When an event happened: at `start`, or at some moment in [start, end).
    public struct Span: Sendable, Equatable {
        public var start: Date
        public var end: Date?
        public init(start: Date, end: Date? = nil) {
            self.start = start
            self.end = end
        }
    }

    /// `weights[weekday][hour]`, weekday 0 = Monday.
    public var weights: [[Double]]
    public var events: Int

    public static let longestSpan: TimeInterval = 31 * 86_400

    public init(_ spans: [Span], timeZone: TimeZone = ISOWeek.calendar.timeZone) {
        var weights = [[Double]](repeating: [Double](repeating: 0, count: 24), count: 7)
        for span in spans {
            guard let end = span.end, end > span.start else {
                let (day, hour) = Self.slot(span.start, timeZone)
                weights[day][hour] += 1
                continue
            }
            let clippedEnd = min(end, span.start.addingTimeInterval(Self.longestSpan))
            let length = clippedEnd.timeIntervalSince(span.start)
            var from = span.start
            while from < clippedEnd {
                // Swedish offsets are whole hours, so UTC hour boundaries are local ones.
                let next = min(
                    Date(timeIntervalSince1970: ((from.timeIntervalSince1970 / 3600).rounded(.down) + 1) * 3600),
                    clippedEnd)
                let (day, hour) = Self.slot(from, timeZone)
                weights[day][hour] += next.timeIntervalSince(from) / length
                from = next
            }
        }
        self.weights = weights
        events = spans.count
    }

    /// Weekday (0 = Monday) and hour of `date` in `timeZone`.
    static func slot(_ date: Date, _ timeZone: TimeZone) -> (Int, Int) {
        let local = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        let days = (local / 86_400).rounded(.down)
        // 1 January 1970 was a Thursday (3 counting from Monday = 0).
        let weekday = ((Int(days) + 3) % 7 + 7) % 7
        let hour = Int((local - days * 86_400) / 3600)
        return (weekday, min(hour, 23))
    }

    public var total: Double { weights.joined().reduce(0, +) }
    public var largest: Double { weights.joined().max() ?? 0 }
    public var byHour: [Double] { (0..<24).map { hour in weights.reduce(0) { $0 + $1[hour] } } }
    public var byWeekday: [Double] { weights.map { $0.reduce(0, +) } }
}
