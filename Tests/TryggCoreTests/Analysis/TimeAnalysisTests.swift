import Foundation
import Testing

@testable import TryggCore

@Suite("Hot times, trends and emerging hot spots")
struct TimeAnalysisTests {
    func local(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0) -> Date {
        ISOWeek.calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour))!
    }

    @Test func anExactTimeCountsOnceInItsLocalHour() {
        // 2026-07-15 is a Wednesday; 12:30 Swedish summer time is 10:30 UTC.
        let matrix = HotTimes([.init(start: local(2026, 7, 15, 12).addingTimeInterval(1800))])
        #expect(matrix.weights[2][12] == 1)
        #expect(matrix.total == 1)
    }

    @Test func aNightReportSpreadsEvenlyOverItsEightHours() {
        // Monday 2026-11-23 22:00 to Tuesday 06:00: 1/8 in each hour.
        let matrix = HotTimes([.init(start: local(2026, 11, 23, 22), end: local(2026, 11, 24, 6))])
        #expect(matrix.weights[0][22] == 0.125 && matrix.weights[0][23] == 0.125)
        #expect(matrix.weights[1][0] == 0.125 && matrix.weights[1][5] == 0.125)
        #expect(matrix.weights[1][6] == 0)
        #expect(abs(matrix.total - 1) < 1e-12)
    }

    @Test func aSpanSplitsByTheTimeInEachHour() {
        // 10:30–12:00: half an hour in 10, a whole in 11 → 1/3 and 2/3.
        let matrix = HotTimes([
            .init(start: local(2026, 11, 25, 10).addingTimeInterval(1800), end: local(2026, 11, 25, 12))
        ])
        #expect(abs(matrix.weights[2][10] - 1.0 / 3) < 1e-12 && abs(matrix.weights[2][11] - 2.0 / 3) < 1e-12)
    }

    @Test func monthsAreSlicedInLocalTimeAndComparedWithTheSameMonthsAYearEarlier() throws {
        let slices = try TimeSlices.slices(from: local(2026, 9, 1), to: local(2026, 11, 1), unit: .month)
        #expect(slices.map(\.label) == ["2026-09", "2026-10"])
        #expect(TimeSlices.yearEarlier(slices[1], unit: .month).start == local(2025, 10, 1))
        let weeks = try TimeSlices.slices(from: local(2026, 11, 18), to: local(2026, 11, 30), unit: .week)
        #expect(weeks.map(\.label) == ["2026-W47", "2026-W48"])
        #expect(weeks[0].start == local(2026, 11, 18) && weeks[0].end == local(2026, 11, 23))
        #expect(throws: AnalysisError.self) {
            try TimeSlices.slices(from: local(2026, 1, 1), to: local(2025, 1, 1), unit: .month)
        }
    }

    @Test func aRiseIsSignificantOnlyWhenTheExactTestSaysSoAfterFalseDiscoveryControl() throws {
        var events: [Trends.Event] = []
        func add(_ n: Int, _ indicator: String, _ area: String, year: Int) {
            for i in 0..<n {
                events.append(.init(time: local(year, 10, 1 + i % 28, 12), indicator: indicator, area: area))
            }
        }
        add(20, "disorder", "bjorkskatan", year: 2026); add(5, "disorder", "bjorkskatan", year: 2025)
        add(6, "vandalism", "centrum", year: 2026); add(5, "vandalism", "centrum", year: 2025)
        let trends = try Trends(events, from: local(2026, 10, 1), to: local(2026, 11, 1), unit: .month)
        let rise = trends.series.first { $0.area == "bjorkskatan" }!
        #expect(abs(rise.comparison.p - 2 * 68_406 / 33_554_432) < 1e-9)
        // Two cells: BH multiplies the smallest p by 2/1.
        #expect(abs(rise.adjustedP - rise.comparison.p * 2) < 1e-12)
        #expect(rise.direction == 1)
        #expect(trends.series.first { $0.area == "centrum" }!.direction == 0)
        #expect(trends.rises.count == 1 && trends.falls.isEmpty)
        #expect(trends.total.total == 26 && trends.total.earlierTotal == 10)
    }

    @Test func emergingHotSpotsTellPersistentFromNew() throws {
        let slices = try TimeSlices.slices(from: local(2026, 1, 1), to: local(2026, 11, 1), unit: .month)
        var events: [EmergingHotSpots.Event] = []
        var random = SeededRandom(seed: 3)
        for (index, slice) in slices.enumerated() {
            let time = slice.start.addingTimeInterval(3600)
            for _ in 0..<150 {
                events.append(
                    .init(
                        point: GridPoint(
                            easting: Double.random(in: 0..<5_000, using: &random),
                            northing: Double.random(in: 0..<5_000, using: &random)), time: time))
            }
            for _ in 0..<15 { events.append(.init(point: GridPoint(easting: 1_010, northing: 1_010), time: time)) }
            if index >= slices.count - 2 {
                for _ in 0..<15 { events.append(.init(point: GridPoint(easting: 4_010, northing: 4_010), time: time)) }
            }
        }
        let grid = CellGrid(
            side: 250, firstColumn: 0, firstRow: 0, columns: 20, rows: 20, inRegion: Array(repeating: true, count: 400))
        let emerging = try EmergingHotSpots(events, grid: grid, band: 250, slices: slices)
        #expect(emerging.cells.first { $0.easting == 1_125 && $0.northing == 1_125 }?.category == .persistent)
        #expect(emerging.cells.first { $0.easting == 4_125 && $0.northing == 4_125 }?.category == .new)
        #expect(emerging.cells.allSatisfy { $0.hot.last == true })
    }

    @Test func aRisingSeriesOfZScoresIsIntensifyingAndTooFewSlicesAreRefused() throws {
        let slices = try TimeSlices.slices(from: local(2026, 1, 1), to: local(2026, 3, 1), unit: .month)
        let grid = CellGrid(
            side: 250, firstColumn: 0, firstRow: 0, columns: 4, rows: 4, inRegion: Array(repeating: true, count: 16))
        #expect(throws: AnalysisError.tooFewSlices(2)) {
            try EmergingHotSpots([], grid: grid, band: 250, slices: slices)
        }
    }
}
