import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

@Suite("Finding reports: search, pages, exports")
struct FindingReportsTests {
    /// `count` reports by the test reporter, a day apart from 2026-10-01, alternating Porsön graffiti and
    /// Centrum littering; every third one mentions the tunnel.
    static func reports(_ accounts: TestAccounts, count: Int) async throws {
        let store = ReportStore(accounts.database, municipalityID: accounts.municipality.id)
        let reporter = try #require(try await accounts.users.find(username: "reporter"))
        let start = LocalTime.date(year: 2026, month: 10, day: 1, hour: 12)!
        for index in 0..<count {
            let porson = index % 2 == 0
            _ = try await store.submit(
                ReportDraft(
                    indicatorCode: porson ? "vandalism" : "unsafe-place",
                    subtypeCode: porson ? "graffiti" : "littering",
                    occurredAt: start.addingTimeInterval(Double(index) * 3_600), latitude: porson ? 65.617 : 65.584,
                    longitude: porson ? 22.138 : 22.155,
                    description: index % 3 == 0 ? "Nummer \(index) vid tunneln" : "Nummer \(index)"
                ), by: reporter)
        }
    }

    @Test(arguments: TestEngine.available)
    func everyMatchIsReachableByPagesWithTheSearchKeptInTheLinks(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            try await Self.reports(accounts, count: 230)
            var reviewer = try await Browser.signedIn(client, "reviewer")
            let first = try await reviewer.get("/reports").text
            #expect(first.contains("<strong>230 rapporter</strong>"))
            #expect(first.contains("Sida 1 av 5"))
            let last = try await reviewer.get("/reports?page=5").text
            #expect(last.matches(of: /data-label="När"><a href/).count == 30)
            let filtered = try await reviewer.get(
                "/reports?area=porson&what=vandalism%3Agraffiti&q=TUNNELN&sort=oldest")
            #expect(filtered.text.contains("<strong>39 rapporter</strong>"))
            #expect(filtered.text.contains(#"<option value="porson" selected>"#))
            #expect(
                filtered.text.contains(
                    #"href="/reports.csv?area=porson&amp;what=vandalism%3Agraffiti&amp;q=TUNNELN&amp;sort=oldest""#))
        }
    }

    @Test(arguments: TestEngine.available)
    func theExportsHoldExactlyTheFilteredRows(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            try await Self.reports(accounts, count: 30)
            var reviewer = try await Browser.signedIn(client, "reviewer")
            let csv = try await reviewer.get("/reports.csv?area=centrum&from=2026-10-01&to=2026-10-01")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            let lines = csv.text.split(separator: "\r\n")
            #expect(lines.count == 1 + 6)
            #expect(lines[0].contains("indicator;indicator_name"))
            #expect(lines[1].contains("unsafe-place;Otrygg plats;littering"))
            let xlsx = try await reviewer.get("/reports.xlsx?area=centrum&from=2026-10-01&to=2026-10-01")
            #expect(xlsx.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            let bytes = Data(buffer: xlsx.body)
            #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
            // Stored (uncompressed) parts: the sheet's text can be read in the bytes.
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.components(separatedBy: "Otrygg plats").count - 1 == 6)
        }
    }

    @Test(arguments: TestEngine.available)
    func eachRoleFindsOnlyWhatItMaySee(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            try await Self.reports(accounts, count: 4)
            var reader = try await Browser.signedIn(client, "reader")
            let page = try await reader.get("/reports").text
            #expect(page.contains("<strong>0 rapporter</strong>"))
            #expect(!page.contains(#"name="organisation""#))
            #expect(try await reader.get("/reports.csv").text.split(separator: "\r\n").count == 1)
            var analyst = try await Browser.signedIn(client, "analyst")
            #expect(try await analyst.get("/reports?status=submitted").text.contains("<strong>0 rapporter</strong>"))
            var reporter = try await Browser.signedIn(client, "reporter")
            #expect(try await reporter.get("/reports").text.contains("<strong>4 rapporter</strong>"))
        }
    }

    @Test(arguments: TestEngine.available)
    func anUnreadableSearchIsExplainedAndKeptInTheForm(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reviewer = try await Browser.signedIn(client, "reviewer")
            let page = try await reviewer.get("/reports?from=1%20nov&sort=random")
            #expect(page.status == .unprocessableContent)
            #expect(page.text.contains("Från och med: "))
            #expect(page.text.contains(#"value="1 nov""#))
            #expect(try await reviewer.get("/reports.csv?from=1%20nov").status == .unprocessableContent)
        }
    }
}
