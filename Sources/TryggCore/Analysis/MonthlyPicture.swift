import Foundation

/// The beredningsgrupp's monthly picture: significant changes against the same month a year earlier,
/// the month's hot spots and hot times, the emerging hot spots of the twelve months ending with it, and
/// the focus areas the weekly meetings chose during the month.
public struct MonthlyPicture: Sendable {
    /// Focus areas one weekly meeting chose.
    public struct Focus: Sendable, Equatable {
        public var week: String
        public var areas: [String]
        public init(week: String, areas: [String]) {
            self.week = week
            self.areas = areas
        }
    }

    public var month: AnalysisPeriod
    public var label: String
    public var trends: Trends
    public var hotSpots: HotSpots
    public var hotTimes: HotTimes
    public var emerging: EmergingHotSpots
    public var emergingPeriod: AnalysisPeriod
    public var focus: [Focus]
    /// Reports of the month, and how many of them had no point (counted, but not on the maps).
    public var reports: Int
    public var unlocated: Int
    /// The month has not ended: its days so far are shown, but no change is claimed significant, since a
    /// part of a month says little and the rest of it may turn any difference around.
    public var running: Bool

    /// The changes the picture reports as significant; none while the month runs.
    public var significantChanges: [Trends.Series] { running ? [] : trends.series.filter(\.significant) }

    /// The first moment whose reports the picture reads: the same month a year earlier.
    public static func firstNeeded(for month: AnalysisPeriod) -> Date {
        ISOWeek.calendar.date(byAdding: .month, value: -12, to: month.start)!
    }

    public init(
        month: AnalysisPeriod, events: [AnalysisEvent], areas: [AreaGeometry], cell: Double = 250, band: Double = 500,
        focus: [Focus], q: Double = 0.05, running: Bool = false
    ) throws(AnalysisError) {
        self.month = month
        self.running = running
        label = String(LocalTime.day(month.start).prefix(7))
        trends = try Trends(
            events.map { Trends.Event(time: $0.time, indicator: $0.indicator, area: $0.area) },
            from: month.start, to: month.end, unit: .month, q: q)
        let ofMonth = events.filter { month.contains($0.time) }
        let points = ofMonth.compactMap(\.point)
        hotSpots = try HotSpots(
            points: points, grid: try CellGrid.studyRegion(areas, points: points, side: cell), band: band, q: q)
        hotTimes = HotTimes(ofMonth.map(\.span))
        let year = AnalysisPeriod(
            start: ISOWeek.calendar.date(byAdding: .month, value: -11, to: month.start)!, end: month.end)
        emergingPeriod = year
        let located = events.filter { $0.point != nil && year.contains($0.time) }
        let emergingPoints = located.map { $0.point! }
        emerging = try EmergingHotSpots(
            located.map { .init(point: $0.point!, time: $0.time) },
            grid: try CellGrid.studyRegion(areas, points: emergingPoints, side: cell), band: band,
            slices: TimeSlices.slices(from: year.start, to: year.end, unit: .month), q: q)
        self.focus = focus
        reports = ofMonth.count
        unlocated = ofMonth.count - points.count
    }

    /// The weeks whose meetings belong to a month: those whose Thursday falls in it (as ISO weeks belong to years).
    public static func belongs(_ week: ISOWeek, to month: AnalysisPeriod) -> Bool {
        month.contains(week.start.addingTimeInterval(3 * 86_400 + 12 * 3600))
    }
}
