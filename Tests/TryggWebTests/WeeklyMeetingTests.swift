import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

@Suite("The weekly meeting and the published week")
struct WeeklyMeetingTests {
    /// A report of last Friday evening, so it belongs to a finished week.
    static func submit(_ browser: inout Browser, _ description: String) async throws -> String {
        try await browser.get("/reports/new")
        let response = try await browser.post("/reports/new", ReportPagesTests.fields(description))
        return try #require(
            response.location?.components(separatedBy: "?").first?.split(separator: "/").last.map(String.init))
    }

    @Test(arguments: TestEngine.available)
    func aReviewerApprovesInTheMeetingClosesItAndAReaderReadsTheWeek(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reporter = try await Browser.signedIn(client, "reporter")
            let first = try await Self.submit(&reporter, "Klotter på gångtunneln")
            let second = try await Self.submit(&reporter, "Krossad busskur")
            var reviewer = try await Browser.signedIn(client, "reviewer")
            let week = "2026-W47"
            let agenda = try await reviewer.get("/meetings/\(week)").text
            #expect(agenda.contains("Att granska: 2 rapporter"))
            #expect(agenda.contains("Porsön"))
            let decided = try await reviewer.post(
                "/meetings/\(week)/decisions",
                [("report", first), ("report", second), ("decision", "approve"), ("comment", "")])
            #expect(decided.location == "/meetings/\(week)?decided=2")
            try await reviewer.get("/meetings/\(week)")
            #expect(
                try await reviewer.post(
                    "/meetings/\(week)/notes",
                    [("participants", "klf"), ("notes", "Polis och Lulebo"), ("focus", "Porsön: belysning")]
                ).status == .seeOther)
            try await reviewer.get("/meetings/\(week)")
            #expect(try await reviewer.post("/meetings/\(week)/close", []).location == "/weeks/\(week)?published=1")

            var reader = try await Browser.signedIn(client, "reader")
            let page = try await reader.get("/weeks/\(week)").text
            #expect(page.contains("Lägesbild vecka 47 (16–22 nov)"))
            #expect(page.contains("Klotter på gångtunneln"))
            #expect(page.contains("Porsön: belysning"))
            #expect(!page.contains("Test reporter"))
            let csv = try await reader.get("/weeks/\(week).csv")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.text.contains("Krossad busskur"))
            #expect(try await reader.get("/weeks/\(week).geojson").text.contains(#""type":"Point""#))
            #expect(try await reader.get("/weeks").text.contains(week))
            #expect(try await reader.get("/meetings/\(week)").status == .forbidden)
        }
    }

    @Test(arguments: TestEngine.available)
    func theSameEventFromTwoReportersIsSuggestedAndMerged(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var reporter = try await Browser.signedIn(client, "reporter")
            let kept = try await Self.submit(&reporter, "Klotter")
            _ = try await Browser.signedIn(client, "coordinator")
            let reviewerUser = try #require(try await accounts.users.find(username: "reviewer"))
            try await accounts.users.update(
                reviewerUser.id,
                with: UserDraft(
                    username: "reviewer", displayName: "Test reviewer", organisationID: accounts.organisation.id,
                    roles: [.reviewer, .reporter]))
            var reviewer = try await Browser.signedIn(client, "reviewer")
            let duplicate = try await Self.submit(&reviewer, "Samma klotter")
            let agenda = try await reviewer.get("/meetings/2026-W47").text
            #expect(agenda.contains("Möjliga dubbletter"))
            #expect(
                try await reviewer.post("/meetings/2026-W47/merge", [("kept", kept), ("duplicate", duplicate)]).status
                    == .seeOther)
            #expect(try await reviewer.get("/meetings/2026-W47").text.contains("Att granska: 1 rapport"))
        }
    }

    @Test(arguments: TestEngine.available)
    func theSameFlowThroughTheAPI(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let api = ReportsAPITests()
            let reporter = try await api.token(client, "reporter"), reviewer = try await api.token(client, "reviewer"),
                reader = try await api.token(client, "reader")
            let id = try #require(
                try api.json(
                    try await api.call(
                        client, .post, "/api/v1/reports", token: reporter, body: ReportsAPITests.newReport("Klotter")))[
                        "id"] as? String)
            #expect(
                try await api.call(
                    client, .post, "/api/v1/reports/\(id)/decision", token: reviewer, body: #"{"decision": "approve"}"#
                ).status == .ok)
            #expect(
                try await api.call(client, .post, "/api/v1/weeks/2026-W47/publish", token: reader).status == .forbidden)
            let published = try await api.call(client, .post, "/api/v1/weeks/2026-W47/publish", token: reviewer)
            #expect(published.text.contains(#""publishedReports":1"#))
            #expect(
                try await api.call(client, .post, "/api/v1/weeks/2026-W47/publish", token: reviewer).status == .conflict
            )
            let week = try api.json(try await api.call(client, .get, "/api/v1/weeks/2026-W47", token: reader))
            #expect(week["published"] as? Bool == true)
            let reports = try #require(week["reports"] as? [[String: Any]])
            #expect(reports.count == 1 && reports[0]["reporter"] == nil)
            #expect(try await api.call(client, .get, "/api/v1/reports", token: reader).text.contains(id))
        }
    }

    @Test(arguments: TestEngine.available)
    func aBulkReturnWithoutACommentComesBackWithTheTicksAndNothingDecided(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var reporter = try await Browser.signedIn(client, "reporter")
            let first = try await Self.submit(&reporter, "Klotter på gångtunneln")
            var reviewer = try await Browser.signedIn(client, "reviewer")
            try await reviewer.get("/meetings/2026-W47")
            let response = try await reviewer.post(
                "/meetings/2026-W47/decisions", [("report", first), ("decision", "return"), ("comment", "")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains(#"role="alert""#))
            #expect(response.text.contains(#"value="\#(first)" checked"#))
            #expect(!response.text.contains(#"class="notice" role="status""#))
            let store = ReportStore(accounts.database, municipalityID: accounts.municipality.id)
            #expect(try await store.find(UUID(uuidString: first)!, scope: .all)?.status == .submitted)
        }
    }

    @Test(arguments: TestEngine.available)
    func aCommentWithPersonalDataIsRefusedKeptAndNothingDecided(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var reporter = try await Browser.signedIn(client, "reporter")
            let first = try await Self.submit(&reporter, "Klotter på gångtunneln")
            var reviewer = try await Browser.signedIn(client, "reviewer")
            try await reviewer.get("/meetings/2026-W47")
            let response = try await reviewer.post(
                "/meetings/2026-W47/decisions",
                [
                    ("report", first), ("decision", "return"), ("comment", "Ring mig på 070-123 45 67"),
                ])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("070-123 45 67</textarea>"))
            let store = ReportStore(accounts.database, municipalityID: accounts.municipality.id)
            #expect(try await store.find(UUID(uuidString: first)!, scope: .all)?.status == .submitted)
        }
    }

    @Test(arguments: TestEngine.available)
    func closingWithUndecidedReportsAsksFirstAndKeepsWhatWasTyped(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var reporter = try await Browser.signedIn(client, "reporter")
            _ = try await Self.submit(&reporter, "Klotter på gångtunneln")
            var reviewer = try await Browser.signedIn(client, "reviewer")
            try await reviewer.get("/meetings/2026-W47")
            let asked = try await reviewer.post(
                "/meetings/2026-W47/close", [("notes", "Osparad anteckning"), ("focus", "Porsön: belysning")])
            #expect(asked.status == .ok)
            #expect(asked.text.contains("1 rapport väntar fortfarande på beslut"))
            #expect(asked.text.contains("Osparad anteckning</textarea>"))
            // The question's button sends the notes form as it stands then, edits made after the question included.
            #expect(
                asked.text.contains(
                    #"form="meeting-notes" formaction="/meetings/2026-W47/close" name="confirm" value="yes""#))
            let meetings = MeetingStore(accounts.database, municipalityID: accounts.municipality.id)
            #expect(try await meetings.meeting(ISOWeek("2026-W47")!)?.isClosed != true)

            let closed = try await reviewer.post(
                "/meetings/2026-W47/close",
                [
                    ("confirm", "yes"), ("notes", "Osparad anteckning"), ("focus", "Porsön: belysning"),
                ])
            #expect(closed.location == "/weeks/2026-W47?published=1")
            let meeting = try #require(try await meetings.meeting(ISOWeek("2026-W47")!))
            #expect(
                meeting.isClosed && meeting.notes == "Osparad anteckning" && meeting.focusAreas == ["Porsön: belysning"]
            )
        }
    }

    @Test(arguments: TestEngine.available)
    func notesWithPersonalDataAreRefusedOnThePageWithTheTextKept(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reviewer = try await Browser.signedIn(client, "reviewer")
            try await reviewer.get("/meetings/2026-W47")
            let response = try await reviewer.post(
                "/meetings/2026-W47/notes", [("notes", "Kontakt: kalle@example.se"), ("focus", "Porsön")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("kalle@example.se</textarea>"))
            #expect(response.text.contains(#"id="notes-error""#))
        }
    }

    @Test(arguments: TestEngine.available)
    func readersSeeFocusAreasOnlyOnceTheMeetingIsClosed(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reviewer = try await Browser.signedIn(client, "reviewer")
            try await reviewer.get("/meetings/2026-W47")
            #expect(
                try await reviewer.post("/meetings/2026-W47/notes", [("notes", "Utkast"), ("focus", "Hemligt utkast")])
                    .status == .seeOther)
            var reader = try await Browser.signedIn(client, "reader")
            #expect(!(try await reader.get("/weeks/2026-W47").text.contains("Hemligt utkast")))
        }
    }
}
