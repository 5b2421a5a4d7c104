import Foundation
import Testing
import TryggCore
import TryggTesting

@testable import TryggStore

@Suite("Reports read for analysis")
struct AnalysisEventsTests {
    @Test(arguments: TestEngine.available)
    func onlyApprovedReportsOfThePeriodAreReadWithoutTextAndWithTheirSpan(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await ReportStoreTests.Fixture(database)
            let day = ISOWeek.calendar.date(from: DateComponents(year: 2026, month: 10, day: 5, hour: 22))!
            func submit(
                _ at: Date, part: ReportDraft.PartOfDay? = nil, latitude: Double? = 65.617, area: String? = nil
            ) async throws -> Report {
                try await fixture.reports.submit(
                    ReportDraft(
                        indicatorCode: "vandalism", occurredAt: at, partOfDay: part, latitude: latitude,
                        longitude: latitude == nil ? nil : 22.138, areaCode: area, description: "Klotter"),
                    by: fixture.reporter, now: day.addingTimeInterval(86_400 * 30))
            }
            let night = try await submit(day, part: .night)
            _ = try await fixture.reports.decide(night.id, .approve, comment: nil, by: fixture.reviewer)
            let areaOnly = try await submit(day.addingTimeInterval(3600), latitude: nil, area: "centrum")
            _ = try await fixture.reports.decide(areaOnly.id, .approve, comment: nil, by: fixture.reviewer)
            let rejected = try await submit(day)
            _ = try await fixture.reports.decide(rejected.id, .reject, comment: "Dubblett", by: fixture.reviewer)
            _ = try await submit(day)
            let earlier = try await submit(day.addingTimeInterval(-86_400 * 10))
            _ = try await fixture.reports.decide(earlier.id, .approve, comment: nil, by: fixture.reviewer)

            let events = try await fixture.reports.analysisEvents(
                from: day.addingTimeInterval(-86_400), to: day.addingTimeInterval(86_400))
            #expect(events.count == 2)
            let spanned = try #require(events.first { $0.point != nil })
            #expect(spanned.span.end == day.addingTimeInterval(8 * 3600))
            #expect(spanned.point == SWEREF99TM.project(GeoPoint(longitude: 22.138, latitude: 65.617)))
            #expect(events.contains { $0.point == nil && $0.area == "centrum" })
            #expect(
                try await fixture.reports.analysisEvents(
                    from: day.addingTimeInterval(-86_400), to: day.addingTimeInterval(86_400), area: "centrum"
                ).count == 1)
            #expect(
                try await fixture.reports.analysisEvents(
                    from: day.addingTimeInterval(-86_400), to: day.addingTimeInterval(86_400), indicator: "gathering"
                ).isEmpty)
        }
    }
}
