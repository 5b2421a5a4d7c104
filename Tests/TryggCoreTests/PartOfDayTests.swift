import Foundation
import Testing

@testable import TryggCore

@Suite("A date with a part of day is a span of hours")
struct PartOfDayTests {
    let indicators = DefaultIndicators.make()

    func draft(start: Date, part: ReportDraft.PartOfDay?) -> ReportDraft {
        ReportDraft(
            indicatorCode: "vandalism", occurredAt: start, partOfDay: part, latitude: 65.617, longitude: 22.138,
            description: "Klotter på gångtunneln")
    }

    /// 2026-11-29 08:30 in Luleå.
    let morning = LocalTime.date(year: 2026, month: 11, day: 29, hour: 8, minute: 30)!

    @Test func aDateWithoutATimeIsTheWholeDayAndIsAcceptedInTheMorning() throws {
        let start = try #require(ReportDraft.PartOfDay.wholeDay.start(year: 2026, month: 11, day: 29))
        #expect(LocalTime.minute(start) == "2026-11-29 00:00")
        #expect(
            draft(start: start, part: .wholeDay).validate(indicators: indicators, areaCodes: [], now: morning).isValid)
    }

    @Test func lastNightIsReportedOnTodaysDateInTheMorning() throws {
        let start = try #require(ReportDraft.PartOfDay.night.start(year: 2026, month: 11, day: 29))
        #expect(LocalTime.minute(start) == "2026-11-28 22:00")
        let occurrence = OccurrenceTime(start: start, partOfDay: .night)
        #expect(LocalTime.minute(occurrence.end!) == "2026-11-29 06:00")
        #expect(LocalTime.day(occurrence.reference) == "2026-11-29")
        #expect(draft(start: start, part: .night).validate(indicators: indicators, areaCodes: [], now: morning).isValid)
    }

    @Test func aPartOfDayThatHasNotBegunIsInTheFuture() throws {
        let evening = try #require(ReportDraft.PartOfDay.evening.start(year: 2026, month: 11, day: 29))
        let result = draft(start: evening, part: .evening).validate(indicators: indicators, areaCodes: [], now: morning)
        #expect(result.errors == [.init("occurredAt", .inFuture)])
    }

    @Test func aNightTowardsMondayBelongsToMondaysWeek() throws {
        // 2026-11-23 is the Monday of week 48; its night starts on Sunday of week 47.
        let start = try #require(ReportDraft.PartOfDay.night.start(year: 2026, month: 11, day: 23))
        #expect(ISOWeek(containing: start).description == "2026-W47")
        #expect(OccurrenceTime(start: start, partOfDay: .night).week.description == "2026-W48")
    }

    @Test func hotTimesSpreadAWholeDayOverItsTwentyFourHours() throws {
        let start = try #require(ReportDraft.PartOfDay.wholeDay.start(year: 2026, month: 11, day: 25))
        let event = AnalysisEvent(
            occurredAt: start, partOfDay: .wholeDay, indicator: "vandalism", area: nil, latitude: nil, longitude: nil)
        #expect(event.span.end == start.addingTimeInterval(24 * 3600))
    }

    @Test func aWholeDayAcrossTheChangeToSummerTimeStartsAtLocalMidnight() throws {
        let start = try #require(ReportDraft.PartOfDay.wholeDay.start(year: 2026, month: 3, day: 29))
        #expect(LocalTime.minute(start) == "2026-03-29 00:00")
        let morning = try #require(ReportDraft.PartOfDay.morning.start(year: 2026, month: 3, day: 29))
        #expect(LocalTime.minute(morning) == "2026-03-29 06:00")
    }

    @Test func aNightAcrossTheChangeToSummerTimeStillEndsAtSix() throws {
        // Summer time begins at 02:00 on 2026-03-29: that night is seven hours long.
        let start = try #require(ReportDraft.PartOfDay.night.start(year: 2026, month: 3, day: 29))
        let end = try #require(OccurrenceTime(start: start, partOfDay: .night).end)
        #expect(LocalTime.minute(end) == "2026-03-29 06:00")
        #expect(end.timeIntervalSince(start) == 7 * 3600)
    }

    @Test func localTimesAreWrittenWithTheirOffset() {
        let winter = LocalTime.date(year: 2026, month: 11, day: 20, hour: 21, minute: 30)!
        let summer = LocalTime.date(year: 2026, month: 7, day: 1, hour: 8)!
        #expect(LocalTime.iso8601(winter) == "2026-11-20T21:30:00+01:00")
        #expect(LocalTime.iso8601(summer) == "2026-07-01T08:00:00+02:00")
    }
}
