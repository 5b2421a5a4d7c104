import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

@Suite("Start pages say what needs attention")
struct StartPageAttentionTests {
    static var thisWeek: ISOWeek { ISOWeek(containing: Date()) }

    @Test(arguments: TestEngine.available)
    func aReporterSeesWhatWasReturnedAndWhatBecameOfTheRest(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reporter = try await Browser.signedIn(client, "reporter")
            let returned = try await reporter.submitReport("Klotter")
            let approved = try await reporter.submitReport("Krossad ruta")
            var reviewer = try await Browser.signedIn(client, "reviewer")
            try await reviewer.get(returned)
            _ = try await reviewer.post(
                returned + "/decision", [("decision", "return"), ("version", "1"), ("comment", "Vilken vägg?")])
            try await reviewer.get(approved)
            _ = try await reviewer.post(
                approved + "/decision", [("decision", "approve"), ("version", "1"), ("comment", "")])
            try await reviewer.get("/meetings/2026-W47")
            _ = try await reviewer.post("/meetings/2026-W47/close", [("confirm", "yes")])

            let start = try await reporter.get("/").text
            #expect(start.contains("Skickad tillbaka för komplettering: Skadegörelse: Klotter"))
            #expect(start.contains("Vilken vägg?"))
            #expect(start.contains(returned + "/edit"))
            #expect(start.contains("godkänd och publicerad i lägesbilden vecka 47 (16–22 nov)"))
        }
    }

    @Test(arguments: TestEngine.available)
    func aReviewerSeesTheComingMeetingsAgenda(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reporter = try await Browser.signedIn(client, "reporter")
            _ = try await reporter.submitReport("Klotter")
            var reviewer = try await Browser.signedIn(client, "reviewer")
            let start = try await reviewer.get("/").text
            #expect(start.contains("1 rapport väntar på samverkansmötet \(Numbers(.sv).week(Self.thisWeek))."))
            #expect(start.contains(#"href="/meetings/\#(Self.thisWeek)""#))
        }
    }

    @Test(arguments: TestEngine.available)
    func aCoordinatorSeesLockedOutUsersAndAMeetingNotHeld(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            for _ in 0..<5 {
                var guesser = Browser(client)
                try await guesser.get("/sign-in")
                _ = try await guesser.post("/sign-in", [("username", "reader"), ("password", "fel-lösenord-här")])
            }
            var coordinator = try await Browser.signedIn(client, "coordinator")
            let start = try await coordinator.get("/").text
            #expect(start.contains("Spärrade efter för många felaktiga inloggningar: reader."))
            #expect(start.contains("Mötet \(Numbers(.sv).week(Self.thisWeek.adding(weeks: -1))) avslutades inte"))
            #expect(start.contains("0 rapporter väntar på beslut."))
        }
    }

    @Test(arguments: TestEngine.available)
    func aReaderIsLedToTheLatestPublishedWeek(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reader = try await Browser.signedIn(client, "reader")
            #expect(try await reader.get("/").text.contains("Ingen lägesbild är publicerad ännu."))
            _ = try await SwedishConventionsTests.publishedReport(client)
            let start = try await reader.get("/").text
            #expect(start.contains("Senaste lägesbilden: vecka 47 (16–22 nov), 1 rapport."))
            #expect(start.contains(#"href="/weeks/2026-W47""#))
        }
    }
}
