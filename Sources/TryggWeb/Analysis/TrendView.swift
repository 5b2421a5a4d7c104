import Foundation
import TryggCore

/// The trend page's content: a chart of the total against a year earlier, its table, and every
/// indicator × area cell with its exact test and false-discovery-controlled verdict.
enum TrendView {
    struct Slice: Sendable {
        var label: String
        var count: Int
        var earlierLabel: String
        var earlierCount: Int
    }

    /// One indicator's small chart and its figures.
    struct Small: Sendable {
        var chart: String
        var name: String
        var cells: [String]
    }

    struct Row: Sendable {
        var indicator: String
        var area: String
        var count: Int
        var earlierCount: Int
        var change: String
        var percent: String
        var p: String
        var adjustedP: String
        var verdict: String
        var rise: Bool
        var fall: Bool
        /// A significant rise may become a problem, for those who may propose one.
        var raiseHref: String?
    }

    struct Content: Sendable {
        var chart: String
        var slices: [Slice]
        var total: Row
        var series: [Row]
        var byIndicator: [Small]
        var rises: Int
        var falls: Int
        var cells: Int
    }

    static func content(
        _ trends: Trends, names: CatalogueNames, format: AnalysisFormat, proposal: ProblemProposal? = nil
    ) -> Content {
        let texts = format.texts
        let chart = TrendChart(
            title: texts["analysis_trend_chart_title"], description: texts["analysis_trend_chart_description"],
            labels: trends.slices.map(\.label), counts: trends.total.counts, earlierCounts: trends.total.earlierCounts,
            currentName: texts["analysis_trend_current"], earlierName: texts["analysis_trend_earlier"]
        )
        let perIndicator = byIndicator(trends, names: names, format: format)
        return Content(
            chart: chart.svg,
            slices: trends.slices.indices.map { i in
                Slice(
                    label: trends.slices[i].label, count: trends.total.counts[i],
                    earlierLabel: trends.earlierSlices[i].label, earlierCount: trends.total.earlierCounts[i])
            },
            total: row(trends.total, names: names, format: format),
            series: trends.series.map { row($0, names: names, format: format, proposal: proposal) },
            byIndicator: perIndicator, rises: trends.rises.count, falls: trends.falls.count, cells: trends.series.count
        )
    }

    /// One small chart per indicator, all areas together, with its figures as "count (a year earlier)".
    /// These are pictures of the counts, not tests: significance is claimed only in the table of cells.
    static func byIndicator(_ trends: Trends, names: CatalogueNames, format: AnalysisFormat) -> [Small] {
        let codes = Array(Set(trends.series.compactMap(\.indicator))).sorted()
        guard codes.count > 1 else { return [] }
        return codes.enumerated().map { index, code in
            let series = trends.series.filter { $0.indicator == code }
            let counts = trends.slices.indices.map { i in series.reduce(0) { $0 + $1.counts[i] } }
            let earlier = trends.slices.indices.map { i in series.reduce(0) { $0 + $1.earlierCounts[i] } }
            var chart = TrendChart(
                title: format.indicatorName(code, names), description: format.texts["analysis_trend_chart_description"],
                labels: trends.slices.map(\.label), counts: counts, earlierCounts: earlier,
                currentName: format.texts["analysis_trend_current"], earlierName: format.texts["analysis_trend_earlier"]
            )
            chart.id = "trend-\(index)"
            chart.width = 480
            chart.height = 200
            chart.showLegend = false
            return Small(
                chart: chart.svg, name: chart.title,
                cells: trends.slices.indices.map { "\(counts[$0]) (\(earlier[$0]))" })
        }
    }

    static func row(
        _ series: Trends.Series, names: CatalogueNames, format: AnalysisFormat, proposal: ProblemProposal? = nil
    ) -> Row {
        let texts = format.texts
        let verdict =
            switch series.direction {
            case 1: texts["analysis_significant_rise"]
            case -1: texts["analysis_significant_fall"]
            default: texts["analysis_no_significant_change"]
            }
        return Row(
            indicator: format.indicatorName(series.indicator, names),
            area: series.indicator == nil ? texts["analysis_all"] : names.area(series.area),
            count: series.total, earlierCount: series.earlierTotal,
            change: format.signed(series.total - series.earlierTotal),
            percent: format.percent(series.comparison.changePercent),
            p: format.probability(series.comparison.p), adjustedP: format.probability(series.adjustedP),
            verdict: verdict, rise: series.direction > 0, fall: series.direction < 0,
            raiseHref: series.direction > 0 && series.indicator != nil
                ? proposal?.href(area: series.area, indicator: series.indicator) : nil
        )
    }
}
