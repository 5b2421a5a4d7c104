import Foundation

extension ReportDraft {
    /// A part of the day, for reports whose exact time is not known: a span of local hours on a date.
    ///
    /// Night is the night *towards* the date (22:00 the evening before until 06:00), because that is how it
    /// is reported: a caretaker writes in the morning about what happened "i natt". A date alone, with
    /// neither a clock time nor a part, is the whole day. Every part is stored as its start (`occurredAt`)
    /// and this case, which fixes its length; analyses spread it over its hours (aoristic).
    public enum PartOfDay: String, Sendable, Codable, CaseIterable {
        case night, morning, day, evening
        case wholeDay = "whole_day"

        /// Local hours from the date's midnight: start inclusive, end exclusive (night starts the day before).
        public var hours: (start: Int, end: Int) {
            switch self {
            case .night: (-2, 6)
            case .morning: (6, 10)
            case .day: (10, 17)
            case .evening: (17, 22)
            case .wholeDay: (0, 24)
            }
        }

        /// The span's length in hours of the clock (a whole day on the day summer time begins reaches 01:00 the
        /// next day: an hour's overlap in hot times, for a day a year, rather than a calendar per report).
        public var duration: TimeInterval { Double(hours.end - hours.start) * 3600 }

        /// When this part starts on a local date; nil for a date that does not exist.
        public func start(year: Int, month: Int, day: Int) -> Date? {
            if hours.start >= 0 { return LocalTime.date(year: year, month: month, day: day, hour: hours.start) }
            // The evening before: from local midnight back to 22:00 never crosses a change of daylight saving
            // time, which happens between 02:00 and 03:00.
            return LocalTime.date(year: year, month: month, day: day).map {
                $0.addingTimeInterval(Double(hours.start) * 3600)
            }
        }
    }
}

/// When a report's event happened: an instant, or a span given by a part of day.
public struct OccurrenceTime: Sendable, Equatable {
    public var start: Date
    public var partOfDay: ReportDraft.PartOfDay?

    public init(start: Date, partOfDay: ReportDraft.PartOfDay?) {
        self.start = start
        self.partOfDay = partOfDay
    }

    /// The end of the span on the clock of its date (a night across a change of summer time still ends at
    /// 06:00); an exact time has none.
    public var end: Date? {
        guard let part = partOfDay else { return nil }
        let calendar = ISOWeek.calendar
        let day = calendar.dateComponents([.year, .month, .day], from: reference)
        guard let year = day.year, let month = day.month, let date = day.day else {
            return start.addingTimeInterval(part.duration)
        }
        if part.hours.end < 24 { return LocalTime.date(year: year, month: month, day: date, hour: part.hours.end) }
        return LocalTime.date(year: year, month: month, day: date).flatMap {
            calendar.date(byAdding: .day, value: 1, to: $0)
        }
    }

    /// The middle of the span (or the instant): it decides the event's date and ISO week, so a night
    /// towards a Monday belongs to the Monday and its week.
    public var reference: Date { partOfDay.map { start.addingTimeInterval($0.duration / 2) } ?? start }

    public var week: ISOWeek { ISOWeek(containing: reference) }
}
