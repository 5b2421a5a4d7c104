import Foundation
import TryggCore

/// The trend page's content: a chart of the total against a year earlier, its table, and every
/// indicator × area cell with its exact test and false-discovery-controlled verdict.
enum TrendView {
    static func content(_ trends: Trends, names: CatalogueNames, format: AnalysisFormat) -> [String: Any] {
        let texts = format.texts
        let chart = TrendChart(
            title: texts["analysis_trend_chart_title"], description: texts["analysis_trend_chart_description"],
            labels: trends.slices.map(\.label), counts: trends.total.counts, earlierCounts: trends.total.earlierCounts,
            currentName: texts["analysis_trend_current"], earlierName: texts["analysis_trend_earlier"]
        )
        return [
            "chart": chart.svg,
            "slices": trends.slices.indices.map { i in
                ["label": trends.slices[i].label, "count": trends.total.counts[i],
                 "earlierLabel": trends.earlierSlices[i].label, "earlierCount": trends.total.earlierCounts[i]]
            },
            "total": row(trends.total, names: names, format: format),
            "series": trends.series.map { row($0, names: names, format: format) },
            "hasSeries": !trends.series.isEmpty,
            "rises": trends.rises.count, "falls": trends.falls.count, "cells": trends.series.count,
        ]
    }

    static func row(_ series: Trends.Series, names: CatalogueNames, format: AnalysisFormat) -> [String: Any] {
        let texts = format.texts
        let verdict = switch series.direction {
        case 1: texts["analysis_significant_rise"]
        case -1: texts["analysis_significant_fall"]
        default: texts["analysis_no_significant_change"]
        }
        return [
            "indicator": format.indicatorName(series.indicator, names),
            "area": series.indicator == nil ? texts["analysis_all"] : names.area(series.area),
            "count": series.total, "earlierCount": series.earlierTotal,
            "change": format.signed(series.total - series.earlierTotal), "percent": format.percent(series.comparison.changePercent),
            "p": format.probability(series.comparison.p), "adjustedP": format.probability(series.adjustedP),
            "verdict": verdict, "rise": series.direction > 0, "fall": series.direction < 0,
        ]
    }
}
