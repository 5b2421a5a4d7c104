import Foundation

/// An approved report as every analysis sees it: when, what, where; no text, no reporter.
public struct AnalysisEvent: Sendable, Equatable {
    public var span: HotTimes.Span
    public var indicator: String
    public var area: String?
    /// The point in SWEREF 99 TM; nil for a report placed only by its area.
    public var point: GridPoint?

    public init(span: HotTimes.Span, indicator: String, area: String?, point: GridPoint?) {
        self.span = span
        self.indicator = indicator
        self.area = area
        self.point = point
    }

    /// A stored report's fields: a part of day makes the time a span (aoristic), otherwise it is exact.
    public init(
        occurredAt: Date, partOfDay: ReportDraft.PartOfDay?, indicator: String, area: String?, latitude: Double?,
        longitude: Double?
    ) {
        span = HotTimes.Span(start: occurredAt, end: OccurrenceTime(start: occurredAt, partOfDay: partOfDay).end)
        self.indicator = indicator
        self.area = area
        if let latitude, let longitude {
            point = SWEREF99TM.project(GeoPoint(longitude: longitude, latitude: latitude))
        }
    }

    public var time: Date { span.start }
}
