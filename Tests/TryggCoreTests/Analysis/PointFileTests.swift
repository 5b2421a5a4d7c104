import Foundation
import Testing

@testable import TryggCore

@Suite("Point files for trygg analyse")
struct PointFileTests {
    @Test func readsWGS84AndSWEREFWithTimesAndIndicators() throws {
        let wgs = try PointFile("lat,lon,time,indicator\n65.584,22.1545,2026-10-03T22:15,vandalism\n")
        #expect(wgs.rows.count == 1 && wgs.problems.isEmpty)
        #expect(abs(wgs.rows[0].point.northing - 7_292_275) < 1_000 && wgs.rows[0].indicator == "vandalism")
        let grid = try PointFile("northing;easting;time\n7292304.17;829433.40;2026-10-03/2026-10-04\n")
        #expect(grid.rows[0].point == GridPoint(easting: 829_433.40, northing: 7_292_304.17))
        #expect(grid.rows[0].span?.end?.timeIntervalSince(grid.rows[0].span!.start) == 86_400)
    }

    @Test func everyUnreadableLineIsNamedByItsNumber() throws {
        let file = try PointFile("lat,lon,time\n65.5,22.1,\nx,22.1,\n65.5,22.1,igår\n\n95,22.1,\n")
        #expect(file.rows.count == 1)
        #expect(file.problems.map(\.line) == [3, 4, 6])
        #expect(file.problems[1].description.hasPrefix("line 4: time 'igår' is not ISO 8601"))
    }

    @Test func aFileWithoutCoordinateColumnsIsRefusedWithTheColumnsItHas() {
        #expect(
            throws: AnalysisError.parameter(
                "file", "the header needs the columns lat,lon (WGS 84) or northing,easting (SWEREF 99 TM); it has x,y")
        ) {
            try PointFile("x,y\n1,2\n")
        }
        #expect(AnalysisError.parameter("file", "no header row").description == "no header row")
    }

    @Test func timesWithoutAnOffsetAreSwedishLocalTime() {
        let summer = PointFile.span("2026-07-15T12:30")!.start
        #expect(summer == ISO8601DateFormatter().date(from: "2026-07-15T10:30:00Z"))
        #expect(PointFile.span("2026-07-15T12:30:00+02:00")!.start == summer)
        #expect(PointFile.span("2026-01-15 12:00")!.start == ISO8601DateFormatter().date(from: "2026-01-15T11:00:00Z"))
        #expect(PointFile.span("2024-02-29")!.start == ISO8601DateFormatter().date(from: "2024-02-28T23:00:00Z"))
        #expect(PointFile.span("2026-07-15T10:30:00.250Z")!.start.timeIntervalSince(summer) == 0.25)
        #expect(PointFile.span("2026-02-30") == nil && PointFile.span("2026-07-15T25:00") == nil)
        #expect(PointFile.span("2026-07-15T12:00/2026-07-15T11:00") == nil)
    }

    @Test func quotedFieldsKeepTheirSeparators() {
        #expect(CSVReading.fields(#"65.5,"22,1",\"a ""b"" c\""#, ",") == ["65.5", "22,1", #"\a "b" c\"#])
    }

    @Test func theCommandLineRefusesUnreadableFilesUnlessToldToSkip() throws {
        let text = "lat,lon\n65.58,22.15\n65.59,22.16\nbad,row\n"
        #expect(throws: AnalysisError.self) { try PointFileAnalysis.run(.hotspots, text: text, options: .init()) }
        var options = PointFileAnalysis.Options()
        options.skipInvalid = true
        let output = try PointFileAnalysis.run(.hotspots, text: text, options: options)
        #expect(output.summary.contains("1 unreadable skipped"))
        #expect(output.csv.hasPrefix("easting,northing,count,gi_z,p,fdr_significant\n"))
        #expect(throws: AnalysisError.periodRequired) {
            try PointFileAnalysis.run(.trend, text: "lat,lon,time\n65.58,22.15,2026-10-01\n", options: .init())
        }
    }

    @Test func csvFieldsCannotBecomeSpreadsheetFormulas() {
        #expect(CSV.field("=HYPERLINK(\"x\")") == #""'=HYPERLINK(""x"")""#)
        #expect(CSV.field("-1.5") == "-1.5")
        #expect(CSV.number(812_125) == "812125" && CSV.number(1.25) == "1.25" && CSV.probability(2.5e-78) == "2.5e-78")
    }

    @Test func theMonthlyPictureTakesTheMeetingsWhoseThursdayIsInTheMonth() {
        let october = AnalysisPeriod.month("2026-10")!
        #expect(MonthlyPicture.belongs(ISOWeek("2026-W40")!, to: october))  // 28 Sep – 4 Oct, Thursday 1 Oct
        #expect(MonthlyPicture.belongs(ISOWeek("2026-W44")!, to: october))  // 26 Oct – 1 Nov, Thursday 29 Oct
        #expect(!MonthlyPicture.belongs(ISOWeek("2026-W45")!, to: october))
        let cut = october.until(ISO8601DateFormatter().date(from: "2026-10-15T08:00:00Z")!)
        #expect(cut.lastDay == "2026-10-15" && cut.firstDay == "2026-10-01")
    }
}

@Suite("Local time typed by people")
struct LocalTimeParsingTests {
    @Test func aWallClockTimeIsTheInstantSwedenMeantThen() {
        let utc = ISO8601DateFormatter()
        #expect(LocalTime.date(year: 2026, month: 7, day: 15, hour: 12) == utc.date(from: "2026-07-15T10:00:00Z"))
        #expect(
            LocalTime.date(year: 2026, month: 12, day: 24, hour: 15, minute: 30)
                == utc.date(from: "2026-12-24T14:30:00Z"))
        // The last hour of summer time and the first of winter time, either side of the change.
        #expect(LocalTime.date(year: 2026, month: 10, day: 25, hour: 1) == utc.date(from: "2026-10-24T23:00:00Z"))
        #expect(LocalTime.date(year: 2026, month: 10, day: 25, hour: 4) == utc.date(from: "2026-10-25T03:00:00Z"))
    }

    @Test func datesAndTimesThatDoNotExistAreRefused() {
        #expect(LocalTime.date(year: 2026, month: 2, day: 29) == nil)
        #expect(LocalTime.date(year: 2028, month: 2, day: 29) != nil)
        #expect(
            LocalTime.date(year: 2026, month: 13, day: 1) == nil
                && LocalTime.date(year: 2026, month: 1, day: 1, hour: 24) == nil)
        #expect(LocalTime.startOfDay("2026-1-05") == nil && LocalTime.startOfDay("2026-10-05T12:00") == nil)
    }
}
