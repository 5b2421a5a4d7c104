import Foundation
import TryggCore
import TryggStore

/// The approved reports and areas an analysis runs on, and the runs themselves: the page, its CSV and
/// the API all call these, so they show the same numbers.
struct AnalysisData {
    let events: [AnalysisEvent]
    let areas: [Area]
    let filter: AnalysisFilter
    /// The events of the period itself (a trend's events also hold the year before), and those with a point.
    let inPeriod: [AnalysisEvent]
    let located: [AnalysisEvent]

    init(events: [AnalysisEvent], areas: [Area], filter: AnalysisFilter) {
        self.events = events
        self.areas = areas
        self.filter = filter
        inPeriod = events.filter { filter.period.contains($0.time) }
        located = inPeriod.filter { $0.point != nil }
    }

    /// Loads the filter's period; a trend also needs the same period a year earlier.
    static func load(
        _ database: TryggDatabase, _ municipality: Municipality, _ filter: AnalysisFilter, kind: AnalysisKind
    ) async throws -> AnalysisData {
        var from = filter.period.start
        if kind == .trends,
            let first = try? TimeSlices.slices(from: filter.period.start, to: filter.period.end, unit: filter.unit)
                .first
        {
            from = TimeSlices.yearEarlier(first, unit: filter.unit).start
        }
        // A code that names nothing is a mistake to say, not an empty analysis to show.
        let catalogue = try await CurrentCatalogue(database, municipalityID: municipality.id).load()
        let allAreas = catalogue.areas
        var unknown: [FieldError] = []
        if let code = filter.indicator, !catalogue.indicators.contains(where: { $0.code == code }) {
            unknown.append(.init("indicator", .unknown))
        }
        if let code = filter.area, !allAreas.contains(where: { $0.code == code }) {
            unknown.append(.init("area", .unknown))
        }
        guard unknown.isEmpty else { throw AppError.invalid(unknown) }
        let events = try await ReportStore(database, municipalityID: municipality.id)
            .analysisEvents(
                from: from, to: filter.period.end, indicator: filter.indicator, area: filter.area,
                withPlace: kind != .trends)
        return AnalysisData(events: events, areas: allAreas.filter { $0.active && $0.geometry != nil }, filter: filter)
    }

    /// The study region: the cells of the municipality's areas (just the chosen area when one is chosen),
    /// plus every cell holding a report; the reports' bounding box when no area has a boundary.
    func grid(points: [GridPoint]) throws(AnalysisError) -> CellGrid {
        let shapes = areas.filter { filter.area == nil || $0.code == filter.area }.compactMap(\.geometry)
        return try CellGrid.studyRegion(shapes, points: points, side: filter.cell)
    }

    func trends() throws(AnalysisError) -> Trends {
        try Trends(
            events.map { Trends.Event(time: $0.time, indicator: $0.indicator, area: $0.area) },
            from: filter.period.start, to: filter.period.end, unit: filter.unit)
    }

    func hotSpots() throws(AnalysisError) -> HotSpots {
        let points = located.compactMap(\.point)
        return try HotSpots(points: points, grid: try grid(points: points), band: filter.band)
    }

    func density() throws(AnalysisError) -> (grid: CellGrid, density: [Double]) {
        let points = located.compactMap(\.point)
        let grid = try grid(points: points)
        return (grid, try KernelDensity.quartic(points, grid: grid, bandwidth: filter.bandwidth))
    }

    func hotTimes() -> HotTimes { HotTimes(inPeriod.map(\.span)) }

    func emerging() throws(AnalysisError) -> EmergingHotSpots {
        let located = located
        let points = located.compactMap(\.point)
        let slices = try TimeSlices.slices(from: filter.period.start, to: filter.period.end, unit: filter.unit)
        return try EmergingHotSpots(
            located.map { .init(point: $0.point!, time: $0.time) }, grid: try grid(points: points),
            band: filter.band, slices: slices)
    }

    /// A core refusal as the error the page, CSV and API answer with.
    static func refusal(_ error: AnalysisError) -> AppError {
        .invalid(fieldError(error).map { [$0] } ?? [])
    }

    /// A core refusal as the field it is about, for the form and the API.
    static func fieldError(_ error: AnalysisError) -> FieldError? {
        switch error {
        case .tooManyCells: .init("cell", .tooManyCells)
        case .tooFewSlices: .init("from", .tooFewSlices)
        case .tooMuchWork(let parameter): .init(parameter, .tooMuchWork)
        case .parameter(let field, _):
            .init(["from", "to", "cell", "band", "bandwidth"].contains(field) ? field : "to", .outOfRange)
        case .noPoints, .unreadable, .periodRequired: nil
        }
    }
}
