import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// `/api/v1/analysis/…`: the analysis pages' numbers as JSON, from the same filter and the same runs.
struct AnalysisAPI {

    struct PeriodJSON: Encodable {
        var from: String
        var to: String
        init(_ period: AnalysisPeriod) {
            from = period.firstDay
            to = period.lastDay
        }
    }

    struct TrendsJSON: Encodable {
        var period: PeriodJSON
        var unit: TimeSlices.Unit
        var slices: [TimeSlices.Slice]
        var earlierSlices: [TimeSlices.Slice]
        var q: Double
        var total: Trends.Series
        var series: [Trends.Series]
        init(_ trends: Trends, period: AnalysisPeriod) {
            self.period = PeriodJSON(period)
            unit = trends.unit
            slices = trends.slices
            earlierSlices = trends.earlierSlices
            q = trends.q
            total = trends.total
            series = trends.series
        }
    }

    struct HotSpotsJSON: Encodable {
        var period: PeriodJSON
        var cell: Double
        var band: Double
        var q: Double
        var regionCells: Int
        /// The FDR-significant cells, or every cell of the region with `all=true`.
        var cells: [HotSpots.Cell]
        /// Hot places: the busiest hot cell of each neighbourhood, most reports nearby first.
        var places: [HotSpotPlace]
    }

    struct DensityJSON: Encodable {
        struct Cell: Encodable { var easting: Double; var northing: Double; var densityPerKm2: Double }
        var period: PeriodJSON
        var cell: Double
        var bandwidth: Double
        var cells: [Cell]
    }

    struct HotTimesJSON: Encodable {
        var period: PeriodJSON
        var events: Int
        /// weights[weekday][hour], weekday 0 = Monday, Swedish local time.
        var weights: [[Double]]
    }

    struct EmergingJSON: Encodable {
        var period: PeriodJSON
        var cell: Double
        var band: Double
        var slices: [TimeSlices.Slice]
        var cells: [EmergingHotSpots.Cell]
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, APIRoute.month(.key)) { _, context, signedIn in
            guard let month = context.parameters.get("month").flatMap(AnalysisPeriod.month) else {
                throw AppError.notFound
            }
            let picture = try await signedIn.stores.monthlyPictures.load(
                month: month)
            return try JSONResponse.make(MonthlyPictureJSON(picture))
        }
        for kind in AnalysisKind.allCases {
            router.on(.get, APIRoute.analysis(kind)) { request, _, signedIn in
                let filter = AnalysisFilter(request.uri.queryParameters, kind: kind)
                guard filter.errors.isEmpty else { throw AppError.invalid(filter.errors) }
                let data = try await signedIn.stores.analysis(filter.request, kind: kind)
                return try Self.json(kind, data, all: request.uri.queryParameters["all"] == "true")
            }
        }
    }

    /// The JSON of one analysis (synchronous: see `MonthlyPictureQuery.build`).
    static func json(_ kind: AnalysisKind, _ data: AnalysisRun, all: Bool) throws -> Response {
        let filter = data.request
        let period = PeriodJSON(filter.period)
        do {
            switch kind {
            case .trends: return try JSONResponse.make(TrendsJSON(try data.trends(), period: filter.period))
            case .hotspots:
                let result = try data.hotSpots()
                return try JSONResponse.make(
                    HotSpotsJSON(
                        period: period, cell: filter.cell, band: filter.band, q: result.q,
                        regionCells: result.cells.count,
                        cells: all ? result.cells : result.cells.filter(\.fdrSignificant), places: result.places()))
            case .density:
                let (grid, density) = try data.density()
                var cells: [DensityJSON.Cell] = []
                for index in 0..<grid.count where grid.inRegion[index] && density[index] > 0 {
                    let centre = grid.centre(of: grid.cell(at: index))
                    cells.append(
                        .init(easting: centre.easting, northing: centre.northing, densityPerKm2: density[index]))
                }
                return try JSONResponse.make(
                    DensityJSON(period: period, cell: filter.cell, bandwidth: filter.bandwidth, cells: cells))
            case .hottimes:
                let matrix = data.hotTimes()
                return try JSONResponse.make(
                    HotTimesJSON(period: period, events: matrix.events, weights: matrix.weights))
            case .emerging:
                let result = try data.emerging()
                return try JSONResponse.make(
                    EmergingJSON(
                        period: period, cell: filter.cell, band: filter.band, slices: result.slices, cells: result.cells
                    ))
            }
        } catch let error as AnalysisError {
            throw AppError.invalid(error.fieldError.map { [$0] } ?? [])
        }
    }
}

/// The monthly picture as JSON: significant changes only, hot cells, hot times, emerging cells, focus areas.
struct MonthlyPictureJSON: Encodable {
    struct FocusJSON: Encodable { var week: String; var areas: [String] }
    var month: String
    var reports: Int
    var withoutPlace: Int
    var total: Trends.Series
    var significantChanges: [Trends.Series]
    var hotSpots: [HotSpots.Cell]
    var hotSpotPlaces: [HotSpotPlace]
    var hotTimes: [[Double]]
    var emerging: [EmergingHotSpots.Cell]
    var focus: [FocusJSON]
    /// The month has not ended: no change is claimed significant.
    var running: Bool

    init(_ picture: MonthlyPicture) {
        month = picture.label
        running = picture.running
        reports = picture.reports
        withoutPlace = picture.unlocated
        total = picture.trends.total
        significantChanges = picture.significantChanges
        hotSpots = picture.hotSpots.hot + picture.hotSpots.cold
        hotSpotPlaces = picture.hotSpots.places()
        hotTimes = picture.hotTimes.weights
        emerging = picture.emerging.cells
        focus = picture.focus.map { FocusJSON(week: $0.week, areas: $0.areas) }
    }
}
