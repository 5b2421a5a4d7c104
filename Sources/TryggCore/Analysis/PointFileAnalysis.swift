import Foundation

/// The command line's analyses of a point file: the same core functions the app runs on its reports.
public enum PointFileAnalysis {
    public enum Method: String, Sendable, CaseIterable {
        case hotspots, density, hottimes, trend
    }

    public struct Options: Sendable {
        public var cell = 250.0
        public var band = 500.0
        public var bandwidth = 500.0
        public var q = 0.05
        public var period: AnalysisPeriod?
        public var unit = TimeSlices.Unit.month
        /// The study region's areas; without them, the bounding box of the points.
        public var region: [AreaGeometry]?
        /// Analyse the readable rows even when some are not; otherwise any unreadable row stops the run.
        public var skipInvalid = false
        public init() {}
    }

    /// The CSV for standard output and one line of summary for standard error.
    public struct Output: Sendable {
        public var csv: String
        public var summary: String
    }

    public static func run(_ method: Method, text: String, options: Options) throws(AnalysisError) -> Output {
        let file = try PointFile(text)
        if !file.problems.isEmpty && !options.skipInvalid { throw .unreadable(file.problems) }
        var rows = file.rows
        var notes = ["\(file.rows.count + file.problems.count) rows"]
        if !file.problems.isEmpty { notes.append("\(file.problems.count) unreadable skipped") }
        if let period = options.period, method != .trend {
            rows = rows.filter { $0.span.map { period.contains($0.start) } ?? false }
            notes.append("\(rows.count) in \(period.firstDay)–\(period.lastDay)")
        }
        switch method {
        case .hotspots:
            try HotSpots.check(cell: options.cell, band: options.band)
            let points = rows.map(\.point)
            let grid = try region(points, options)
            let result = try HotSpots(points: points, grid: grid, band: options.band, q: options.q)
            notes.append(
                "\(result.cells.count) cells of \(CSV.number(options.cell)) m, band \(CSV.number(options.band)) m")
            notes.append(
                "\(result.hot.count) hot and \(result.cold.count) cold after FDR at q = \(CSV.number(options.q))")
            return Output(csv: AnalysisCSV.hotSpots(result), summary: notes.joined(separator: "; "))
        case .density:
            try HotSpots.check(cell: options.cell, band: 0)
            try KernelDensity.check(bandwidth: options.bandwidth)
            let points = rows.map(\.point)
            let grid = try region(points, options, margin: options.bandwidth)
            let density = try KernelDensity.quartic(points, grid: grid, bandwidth: options.bandwidth)
            notes.append(
                "quartic kernel, bandwidth \(CSV.number(options.bandwidth)) m, peak \(CSV.number(density.max() ?? 0, decimals: 2)) per km²"
            )
            return Output(csv: AnalysisCSV.density(density, grid: grid), summary: notes.joined(separator: "; "))
        case .hottimes:
            let spans = rows.compactMap(\.span)
            if spans.count < rows.count { notes.append("\(rows.count - spans.count) without time left out") }
            let matrix = HotTimes(spans)
            return Output(
                csv: AnalysisCSV.hotTimes(matrix),
                summary: (notes + ["\(spans.count) events in the matrix"]).joined(separator: "; "))
        case .trend:
            guard let period = options.period else { throw .periodRequired }
            let events = rows.compactMap { row in
                row.span.map { Trends.Event(time: $0.start, indicator: row.indicator ?? "", area: nil) }
            }
            let trends = try Trends(events, from: period.start, to: period.end, unit: options.unit, q: options.q)
            notes.append(
                "\(trends.series.count) indicators, \(trends.rises.count) significant rises and \(trends.falls.count) falls (FDR q = \(CSV.number(options.q)))"
            )
            return Output(csv: AnalysisCSV.trends(trends), summary: notes.joined(separator: "; "))
        }
    }

    static func region(_ points: [GridPoint], _ options: Options, margin: Double = 0) throws(AnalysisError) -> CellGrid
    {
        if let areas = options.region { return try CellGrid.covering(areas, points: points, side: options.cell) }
        guard !points.isEmpty else { throw .noPoints }
        // A density surface reaches a bandwidth beyond the outermost points.
        let corners =
            margin > 0
            ? points.flatMap {
                [
                    GridPoint(easting: $0.easting - margin, northing: $0.northing - margin),
                    GridPoint(easting: $0.easting + margin, northing: $0.northing + margin),
                ]
            } : points
        return try CellGrid.boundingBox(of: corners, side: options.cell)
    }
}
