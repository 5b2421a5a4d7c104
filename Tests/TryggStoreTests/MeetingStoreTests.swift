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
            await #expect(throws: StoreError.conflict("meeting")) {
                try await meetings.close(week, by: fixture.reviewer)
            }
            await #expect(throws: StoreError.conflict("meeting")) {
                try await meetings.save(week, participants: [], notes: "", focus: "")
            }
            let published = try await fixture.reports.weeklyPicture(week)
            #expect(published.picture.total.count == 1)
            #expect(published.reports.map(\.id) == [approved.id])
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
            await #expect(throws: StoreError.conflict("report")) {
                try await fixture.reports.merge(duplicate.id, into: kept.id, by: fixture.otherReviewer)
            }
        }
    }

    @Test(arguments: TestEngine.available)
    func aPublishedWeekIsAFixedPictureAndLateApprovalsGoToTheNextOne(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await ReportStoreTests.Fixture(database)
            let municipality = try await MunicipalityStore(database).require()
            let meetings = MeetingStore(database, municipalityID: municipality.id)
            // Two weeks ago, so that the following week has begun and may be closed too.
            var draft = fixture.draft()
            draft.occurredAt = Date().addingTimeInterval(-14 * 86_400)
            let onTime = try await fixture.reports.submit(draft, by: fixture.reporter)
            draft.description = "Trasig lampa vid busshållplatsen"
            let late = try await fixture.reports.submit(draft, by: fixture.reporter)
            let week = onTime.week
            _ = try await fixture.reports.decide(onTime.id, .approve, comment: nil, by: fixture.reviewer)
            #expect(try await meetings.close(week, by: fixture.reviewer) == 1)
            let before = try await fixture.reports.weeklyPicture(week)

            // Approved after its week was published: published by the next meeting, not into this picture.
            _ = try await fixture.reports.decide(late.id, .approve, comment: nil, by: fixture.reviewer)
            let next = week.adding(weeks: 1)
            #expect(try await meetings.close(next, by: fixture.reviewer) == 1)
            #expect(try await fixture.reports.weeklyPicture(week) == before)
            let following = try await fixture.reports.weeklyPicture(next)
            #expect(following.late.map(\.id) == [late.id])
            #expect(following.picture.total.count == 0)
        }
    }

    @Test(arguments: TestEngine.available)
    func aWeekBeforeAClosedOneCannotBeClosed(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await ReportStoreTests.Fixture(database)
            let municipality = try await MunicipalityStore(database).require()
            let meetings = MeetingStore(database, municipalityID: municipality.id)
            let week = ISOWeek(containing: Date())
            _ = try await meetings.close(week, by: fixture.reviewer)
            await #expect(throws: StoreError.conflict("meeting")) {
                try await meetings.close(week.adding(weeks: -1), by: fixture.reviewer)
            }
            // A week that has not begun is not closed either.
            await #expect(throws: StoreError.conflict("meeting")) {
                try await meetings.close(week.adding(weeks: 1), by: fixture.reviewer)
            }
        }
    }

    @Test(arguments: TestEngine.available)
    func notesAndFocusWithPersonalDataAreRefusedAndReadersSeeThemOnlyOnceClosed(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await ReportStoreTests.Fixture(database)
            let municipality = try await MunicipalityStore(database).require()
            let meetings = MeetingStore(database, municipalityID: municipality.id)
            let week = ISOWeek(containing: Date())
            await #expect(throws: ValidationFailure([.init("notes", .personalData), .init("focus", .personalData)])) {
                try await meetings.save(
                    week, participants: [], notes: "Ring 070-123 45 67", focus: "Porsön, anna.a@example.se")
            }
            #expect(try await meetings.meeting(week) == nil)
            try await meetings.save(week, participants: [], notes: "Lugn vecka", focus: "Porsön")
            #expect(try await meetings.published(week) == nil)
            let minutes = MeetingStore.Minutes(participants: ["klf"], notes: "Lugn vecka", focus: "Porsön\nCentrum")
            _ = try await meetings.close(week, minutes: minutes, by: fixture.reviewer)
            #expect(try await meetings.published(week)?.focusAreas == ["Porsön", "Centrum"])
        }
    }

    @Test(arguments: TestEngine.available)
    func aReviewCommentWithPersonalDataIsRefused(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await ReportStoreTests.Fixture(database)
            let report = try await fixture.reports.submit(fixture.draft(), by: fixture.reporter)
            await #expect(throws: ValidationFailure([.init("comment", .personalData)])) {
                try await fixture.reports.decide(
                    report.id, .return, comment: "Fråga 121212-1212 om detta", by: fixture.reviewer)
            }
            #expect(try await fixture.reports.find(report.id, scope: .all)?.status == .submitted)
        }
    }
}
