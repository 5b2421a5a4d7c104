import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

@Suite("Pages and files follow Swedish conventions")
struct SwedishConventionsTests {
    /// Submits, approves and publishes one report of week 47 in Porsön; returns its path.
    static func publishedReport(_ client: any TestClientProtocol) async throws -> String {
        var reporter = try await Browser.signedIn(client, "reporter")
        try await reporter.get("/reports/new")
        let path = try #require(
            try await reporter.post("/reports/new", ReportPagesTests.fields("Klotter på tunnelns vägg"))
                .location?.components(separatedBy: "?").first)
        var reviewer = try await Browser.signedIn(client, "reviewer")
        try await reviewer.get(path)
        _ = try await reviewer.post(path + "/decision", [("decision", "approve"), ("version", "1"), ("comment", "")])
        try await reviewer.get("/meetings/2026-W47")
        _ = try await reviewer.post("/meetings/2026-W47/close", [("confirm", "yes")])
        return path
    }

    @Test(arguments: TestEngine.available)
    func theWeekCSVCarriesNamesBesideCodesAndLocalTimeWithItsOffset(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            _ = try await Self.publishedReport(client)
            var reader = try await Browser.signedIn(client, "reader")
            let lines = try await reader.get("/weeks/2026-W47.csv").text.split(separator: "\r\n").map(String.init)
            #expect(
                lines[0].hasSuffix(
                    "week;occurred_at;occurred_until;indicator;indicator_name;subtype;subtype_name;area;area_name;latitude;longitude;place;description;people;late"
                ))
            #expect(lines[1].contains("2026-11-20T21:30:00+01:00"))
            #expect(lines[1].contains(";vandalism;Skadegörelse;graffiti;Klotter;porson;Porsön;"))
        }
    }

    @Test(arguments: TestEngine.available)
    func historyNamesTheWeekAndErrorHeadingsCarryNoStatusCode(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let path = try await Self.publishedReport(client)
            var reporter = try await Browser.signedIn(client, "reporter")
            let page = try await reporter.get(path).text
            #expect(page.contains("i lägesbilden för vecka 47 (16–22 nov)"))
            #expect(!page.contains("2026-W47"))
            let missing = try await reporter.get("/reports/00000000-0000-0000-0000-000000000000")
            #expect(missing.status == .notFound)
            #expect(!missing.text.contains("(404)"))
        }
    }

    @Test(arguments: TestEngine.available)
    func aPeopleCountIsKeptOnlyForIndicatorsThatAskForIt(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var reporter = try await Browser.signedIn(client, "reporter")
            let form = try await reporter.get("/reports/new").text
            #expect(form.contains("data-asks-people"))
            #expect(!form.contains(#"value="vandalism:graffiti" data-asks-people"#))
            _ = try await reporter.post("/reports/new", ReportPagesTests.fields("Klotter"))
            let stored = try await ReportStore(accounts.database, municipalityID: accounts.municipality.id).list(
                scope: .all)
            #expect(stored.first?.peopleCount == nil)
        }
    }
}
