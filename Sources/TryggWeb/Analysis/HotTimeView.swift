import Foundation
import TryggCore

/// The hot-time page's content: the weekday × hour matrix as a chart and as a table, and the busiest hours.
enum HotTimeView {
    struct Day: Sendable {
        var day: String
        var cells: [String]
    }

    struct Busy: Sendable {
        var day: String
        var hour: String
        var weight: String
        var more: Bool
    }

    struct Hour: Sendable {
        var hour: String
        var weight: String
    }

    struct Content: Sendable {
        var chart: String
        var events: Int
        var hours: [String]
        var rows: [Day]
        var busiest: [Busy]
        var byHour: [Hour]
    }

    static func content(_ matrix: HotTimes, format: AnalysisFormat) -> Content {
        let texts = format.texts
        let weekdays = format.weekdays
        let chart = HotTimeChart(
            title: texts["analysis_hottimes_chart_title"], description: texts["analysis_hottimes_chart_description"],
            matrix: matrix, weekdayNames: weekdays.map { String($0.prefix(3)) })
        var slots: [(day: Int, hour: Int, weight: Double)] = []
        for day in 0..<7 { for hour in 0..<24 { slots.append((day, hour, matrix.weights[day][hour])) } }
        let busiest = slots.filter { $0.weight > 0 }.sorted { $0.weight > $1.weight }.prefix(5)
        return Content(
            chart: chart.svg,
            events: matrix.events,
            hours: (0..<24).map { String(format: "%02d", $0) },
            rows: (0..<7).map { day in Day(day: weekdays[day], cells: matrix.weights[day].map { format.decimal($0) }) },
            busiest: busiest.enumerated().map { index, slot in
                Busy(
                    day: weekdays[slot.day], hour: String(format: "%02d–%02d", slot.hour, slot.hour + 1),
                    weight: format.decimal(slot.weight),
                    more: index < busiest.count - 1)
            },
            byHour: matrix.byHour.enumerated().map {
                Hour(hour: String(format: "%02d", $0.offset), weight: format.decimal($0.element))
            }
        )
    }
}
