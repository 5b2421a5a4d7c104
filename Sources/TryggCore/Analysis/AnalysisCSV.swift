import Foundation

/// The tables of every analysis as CSV, the same for the command line and the page exports.
public enum AnalysisCSV {
    public static func hotSpots(_ result: HotSpots) -> String {
        CSV.document(
            ["easting", "northing", "count", "gi_z", "p", "fdr_significant"],
            result.cells.map { cell in
                [
                    CSV.number(cell.easting), CSV.number(cell.northing), String(cell.count), CSV.number(cell.z),
                    CSV.probability(cell.p),
                    cell.fdrSignificant ? "true" : "false",
                ]
            })
    }

    /// Cells of the region with any density, reports per km².
    public static func density(_ density: [Double], grid: CellGrid) -> String {
        var rows: [[String]] = []
        for index in 0..<grid.count where grid.inRegion[index] && density[index] > 0 {
            let centre = grid.centre(of: grid.cell(at: index))
            rows.append([
                CSV.number(centre.easting), CSV.number(centre.northing), CSV.number(density[index], decimals: 4),
            ])
        }
        return CSV.document(["easting", "northing", "density_per_km2"], rows)
    }

    /// 168 rows, ISO weekday (1 = Monday) and local hour.
    public static func hotTimes(_ matrix: HotTimes) -> String {
        CSV.document(
            ["weekday", "hour", "weight"],
            (0..<7).flatMap { day in
                (0..<24).map { hour in
                    [String(day + 1), String(hour), CSV.number(matrix.weights[day][hour], decimals: 4)]
                }
            })
    }

    /// One row per indicator × area cell and slice pair, with the cell's test repeated on each of its rows.
    public static func trends(_ trends: Trends) -> String {
        var rows: [[String]] = []
        for series in trends.series + [trends.total] {
            for (index, slice) in trends.slices.enumerated() {
                rows.append([
                    series.indicator ?? "*", series.area ?? (series.indicator == nil ? "*" : ""), slice.label,
                    String(series.counts[index]), trends.earlierSlices[index].label,
                    String(series.earlierCounts[index]),
                    String(series.total), String(series.earlierTotal),
                    series.comparison.rateRatio.map { CSV.number($0, decimals: 4) } ?? "",
                    CSV.probability(series.comparison.p), CSV.probability(series.adjustedP),
                    series.significant ? "true" : "false",
                ])
            }
        }
        return CSV.document(
            [
                "indicator", "area", "slice", "count", "earlier_slice", "earlier_count", "total", "earlier_total",
                "rate_ratio", "p", "adjusted_p", "significant",
            ], rows)
    }

    public static func emerging(_ emerging: EmergingHotSpots) -> String {
        CSV.document(
            [
                "easting", "northing", "category", "hot_slices", "slices", "counts", "trend_z", "trend_p",
                "trend_adjusted_p",
            ],
            emerging.cells.map { cell in
                [
                    CSV.number(cell.easting), CSV.number(cell.northing), cell.category.rawValue,
                    String(cell.hot.filter { $0 }.count),
                    String(cell.hot.count), cell.counts.map(String.init).joined(separator: " "),
                    CSV.number(cell.trend.z),
                    CSV.probability(cell.trend.p), cell.trendAdjustedP.map(CSV.probability) ?? "",
                ]
            })
    }
}
