import Foundation
import TryggCore

/// The approved reports and areas an analysis runs on, and the runs themselves: the page, its CSV and
/// the API all call these, so they show the same numbers. A query below the web: it reads the store and
/// answers with the core's results, or with the core's refusal (`AnalysisError`).
public struct AnalysisRun: Sendable {
    public let events: [AnalysisEvent]
    public let areas: [Area]
    public let request: AnalysisRequest
    /// The events of the period itself (a trend's events also hold the year before), and those with a point.
    public let inPeriod: [AnalysisEvent]
    public let located: [AnalysisEvent]

    init(events: [AnalysisEvent], areas: [Area], request: AnalysisRequest) {
        self.events = events
        self.areas = areas
        self.request = request
        inPeriod = events.filter { request.period.contains($0.time) }
        located = inPeriod.filter { $0.point != nil }
    }

    /// Loads the filter's period; a trend also needs the same period a year earlier.
    public static func load(
        _ database: TryggDatabase, municipalityID: UUID, _ request: AnalysisRequest, kind: AnalysisKind
    ) async throws -> AnalysisRun {
        var from = request.period.start
        if kind == .trends,
            let first = try? TimeSlices.slices(from: request.period.start, to: request.period.end, unit: request.unit)
                .first
        {
            from = TimeSlices.yearEarlier(first, unit: request.unit).start
        }
        // A code that names nothing is a mistake to say, not an empty analysis to show.
        let catalogue = try await CurrentCatalogue(database, municipalityID: municipalityID).load()
        let allAreas = catalogue.areas
        var unknown: [FieldError] = []
        if let code = request.indicator, !catalogue.indicators.contains(where: { $0.code == code }) {
            unknown.append(.init("indicator", .unknown))
        }
        if let code = request.area, !allAreas.contains(where: { $0.code == code }) {
            unknown.append(.init("area", .unknown))
        }
        guard unknown.isEmpty else { throw ValidationFailure(unknown) }
        let events = try await ReportStore(database, municipalityID: municipalityID)
            .analysisEvents(
                from: from, to: request.period.end, indicator: request.indicator, area: request.area,
                withPlace: kind != .trends)
        return AnalysisRun(events: events, areas: allAreas.filter { $0.active && $0.geometry != nil }, request: request)
    }

    /// The study region: the cells of the municipality's areas (just the chosen area when one is chosen),
    /// plus every cell holding a report; the reports' bounding box when no area has a boundary.
    public func grid(points: [GridPoint]) throws(AnalysisError) -> CellGrid {
        let shapes = areas.filter { request.area == nil || $0.code == request.area }.compactMap(\.geometry)
        return try CellGrid.studyRegion(shapes, points: points, side: request.cell)
    }

    public func trends() throws(AnalysisError) -> Trends {
        try Trends(
            events.map { Trends.Event(time: $0.time, indicator: $0.indicator, area: $0.area) },
            from: request.period.start, to: request.period.end, unit: request.unit)
    }

    public func hotSpots() throws(AnalysisError) -> HotSpots {
        let points = located.compactMap(\.point)
        return try HotSpots(points: points, grid: try grid(points: points), band: request.band)
    }

    public func density() throws(AnalysisError) -> (grid: CellGrid, density: [Double]) {
        let points = located.compactMap(\.point)
        let grid = try grid(points: points)
        return (grid, try KernelDensity.quartic(points, grid: grid, bandwidth: request.bandwidth))
    }

    public func hotTimes() -> HotTimes { HotTimes(inPeriod.map(\.span)) }

    public func emerging() throws(AnalysisError) -> EmergingHotSpots {
        let located = located
        let points = located.compactMap(\.point)
        let slices = try TimeSlices.slices(from: request.period.start, to: request.period.end, unit: request.unit)
        return try EmergingHotSpots(
            located.map { .init(point: $0.point!, time: $0.time) }, grid: try grid(points: points),
            band: request.band, slices: slices)
    }
}
