import Foundation
import Testing

@testable import TryggCore

@Suite("Charts drawn by the server")
struct ChartTests {
    @Test func aTrendChartIsLabelledEscapedAndHasAPointPerSlice() {
        var chart = TrendChart(
            title: "Klotter <i>", description: "Antal", labels: ["2026-09", "2026-10"], counts: [3, 7],
            earlierCounts: [2, 2],
            currentName: "I år", earlierName: "I fjol")
        chart.id = "vandalism"
        let svg = chart.svg
        #expect(svg.contains(#"aria-labelledby="vandalism-title vandalism-desc""#))
        #expect(svg.contains("Klotter &lt;i&gt;") && !svg.contains("<i>"))
        #expect(svg.components(separatedBy: "<circle").count - 1 == 2)
        #expect(svg.contains("I fjol"))
    }

    @Test func theHotTimeChartHasOneSquarePerHourOfTheWeekWithItsValue() {
        let monday = ISOWeek.calendar.date(from: DateComponents(year: 2026, month: 11, day: 23, hour: 22))!
        let svg = HotTimeChart(
            title: "Tider", description: "d", matrix: HotTimes([.init(start: monday)]),
            weekdayNames: ["Mån", "Tis", "Ons", "Tor", "Fre", "Lör", "Sön"]
        ).svg
        #expect(svg.components(separatedBy: "<title>").count - 1 == 168)
        #expect(svg.contains("<title>Mån 22:00–23:00: 1</title>"))
    }
}
