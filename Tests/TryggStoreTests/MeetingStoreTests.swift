import Foundation
import Testing
import TryggCore
import TryggTesting
@testable import TryggStore

@Suite("The weekly meeting in storage")
struct MeetingStoreTests {
    @Test(arguments: TestEngine.available)
    func closingTheMeetingPublishesTheApprovedReportsOnce(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await ReportStoreTests.Fixture(database)
            let municipality = try await MunicipalityStore(database).require()
            let meetings = MeetingStore(database, municipalityID: municipality.id)
            let approved = try await fixture.reports.submit(fixture.draft(), by: fixture.reporter)
            _ = try await fixture.reports.decide(approved.id, .approve, comment: nil, by: fixture.reviewer)
            let waiting = try await fixture.reports.submit(fixture.draft("Trasig lampa"), by: fixture.reporter)
            let week = approved.week
            try await meetings.save(week, participants: ["lulebo"], notes: "Bra möte", focus: "Porsön\nCentrum")
            #expect(try await meetings.close(week, by: fixture.reviewer) == 1)
            #expect(try await fixture.reports.find(approved.id, scope: .published) != nil)
            #expect(try await fixture.reports.find(waiting.id, scope: .all)?.status == .submitted)
            #expect(try await meetings.meeting(week)?.focusAreas == ["Porsön", "Centrum"])
            await #expect(throws: StoreError.conflict("meeting")) { try await meetings.close(week, by: fixture.reviewer) }
            await #expect(throws: StoreError.conflict("meeting")) { try await meetings.save(week, participants: [], notes: "", focus: "") }
            let (picture, reports) = try await fixture.reports.weeklyPicture(week)
            #expect(picture.total.count == 1)
            #expect(reports.map(\.id) == [approved.id])
            #expect(try await meetings.closed().map(\.week) == [week])
        }
    }

    @Test(arguments: TestEngine.available)
    func aDuplicateIsMergedIntoTheKeptReport(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await ReportStoreTests.Fixture(database)
            let kept = try await fixture.reports.submit(fixture.draft(), by: fixture.reporter)
            let duplicate = try await fixture.reports.submit(fixture.draft("Samma klotter"), by: fixture.reviewer)
            #expect(DuplicateFinder().pairs(in: [kept, duplicate]).count == 1)
            try await fixture.reports.merge(duplicate.id, into: kept.id, by: fixture.otherReviewer)
            #expect(try await fixture.reports.find(duplicate.id, scope: .all)?.status == .merged)
            #expect(try await fixture.reports.history(of: duplicate.id).map(\.action) == [.created, .merged])
            await #expect(throws: StoreError.conflict("report")) { try await fixture.reports.merge(duplicate.id, into: kept.id, by: fixture.otherReviewer) }
        }
    }
}
