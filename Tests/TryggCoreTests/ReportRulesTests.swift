import Foundation
import Testing

@testable import TryggCore

@Suite("Reports and weeks")
struct ReportRulesTests {
    let indicators = DefaultIndicators.make()
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func draft(
        _ description: String = "Klotter på gångtunneln", indicator: String = "vandalism", subtype: String? = "graffiti"
    ) -> ReportDraft {
        ReportDraft(
            indicatorCode: indicator, subtypeCode: subtype, occurredAt: now.addingTimeInterval(-3600),
            latitude: 65.617, longitude: 22.138, description: description)
    }

    @Test func aCompleteReportIsValid() {
        #expect(draft().validate(indicators: indicators, areaCodes: ["porson"], now: now).isValid)
    }

    @Test func aDescriptionWithAValidPersonnummerIsRefusedWithItsPosition() {
        let result = draft("Pojke 121212-1212 klottrade").validate(indicators: indicators, areaCodes: [], now: now)
        #expect(result.errors == [.init("description", .personalData)])
        #expect(result.findings == [.init(kind: .personalIdentityNumber, start: 6, end: 17)])
    }

    @Test func aNumberWithAWrongCheckDigitIsAccepted() {
        #expect(
            draft("Ärende 121212-1213 hos polisen").validate(indicators: indicators, areaCodes: [], now: now).isValid)
    }

    @Test func aSubtypeMustBelongToTheIndicator() {
        let result = draft(subtype: "drug-dealing").validate(indicators: indicators, areaCodes: [], now: now)
        #expect(result.errors == [.init("subtype", .unknown)])
    }

    @Test func aPlaceIsAPointOrAnArea() {
        var noPlace = draft()
        noPlace.latitude = nil
        noPlace.longitude = nil
        #expect(noPlace.validate(indicators: indicators, areaCodes: [], now: now).errors == [.init("place", .required)])
        noPlace.areaCode = "porson"
        #expect(noPlace.validate(indicators: indicators, areaCodes: ["porson"], now: now).isValid)
    }

    @Test func onlyASubmittedReportCanBeDecided() {
        #expect(ReportStatus.submitted.after(.approve) == .approved)
        #expect(ReportStatus.submitted.after(.return) == .returned)
        #expect(ReportStatus.approved.after(.reject) == nil)
        #expect(ReportStatus.returned.editableByReporter && !ReportStatus.approved.editableByReporter)
    }

    @Test func isoWeeksFollowTheThursdayRule() throws {
        #expect(ISOWeek("2026-W48")?.description == "2026-W48")
        #expect(ISOWeek("2026-W54") == nil)
        #expect(ISOWeek("2026-48") == nil)
        // 1 January 2027 is a Friday, so it belongs to week 53 of 2026.
        let newYear = try #require(ISOWeek.calendar.date(from: DateComponents(year: 2027, month: 1, day: 1, hour: 12)))
        #expect(ISOWeek(containing: newYear).description == "2026-W53")
        #expect(ISOWeek("2026-W53")!.adding(weeks: 1).description == "2027-W01")
    }

    @Test func aWeekRunsFromMondayMidnightSwedishTime() throws {
        let week = try #require(ISOWeek("2026-W48"))
        let components = ISOWeek.calendar.dateComponents([.year, .month, .day, .hour, .weekday], from: week.start)
        #expect(
            components.year == 2026 && components.month == 11 && components.day == 23 && components.hour == 0
                && components.weekday == 2)
    }

    @Test func eachRoleSeesItsOwnScope() {
        let organisation = UUID()
        let reporter = User(
            id: UUID(), username: "r", displayName: "R", organisationID: organisation, roles: [.reporter])
        #expect(ReportScope.of(reporter) == .own(reporter.id))
        #expect(
            ReportScope.of(
                User(
                    id: UUID(), username: "a", displayName: "A", organisationID: organisation,
                    roles: [.analyst, .reporter])) == .approved)
        #expect(
            ReportScope.of(
                User(id: UUID(), username: "g", displayName: "G", organisationID: organisation, roles: [.reviewer]))
                == .all)
        #expect(
            ReportScope.of(
                User(id: UUID(), username: "l", displayName: "L", organisationID: organisation, roles: [.reader]))
                == .published)
    }
}

@Suite("Local time")
struct LocalTimeTests {
    @Test func timesAreShownInSwedishLocalTimeAcrossDaylightSaving() {
        // 2026-11-24T23:30Z is 00:30 on the 25th in winter time (UTC+1).
        #expect(LocalTime.minute(Date(timeIntervalSince1970: 1_795_563_000)) == "2026-11-25 00:30")
        // 2026-07-01T10:00Z is 12:00 in summer time (UTC+2).
        #expect(LocalTime.minute(Date(timeIntervalSince1970: 1_782_900_000)) == "2026-07-01 12:00")
    }
}
