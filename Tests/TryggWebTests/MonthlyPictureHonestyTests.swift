import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

@Suite("The monthly picture claims only what a whole month shows")
struct MonthlyPictureHonestyTests {
    static var thisMonth: String { String(LocalTime.day(Date()).prefix(7)) }

    @Test(arguments: TestEngine.available)
    func aMonthThatHasNotBegunHasNoPicture(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var analyst = try await Browser.signedIn(client, "analyst")
            #expect(try await analyst.get("/analysis/months/2099-01").status == .notFound)
            let token = try await ReportsAPITests().token(client, "analyst")
            #expect(
                try await ReportsAPITests().call(client, .get, "/api/v1/analysis/months/2099-01", token: token).status
                    == .notFound)
        }
    }

    @Test(arguments: TestEngine.available)
    func aRunningMonthIsMarkedAndClaimsNoSignificance(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var analyst = try await Browser.signedIn(client, "analyst")
            let page = try await analyst.get("/analysis/months/\(Self.thisMonth)")
            #expect(page.status == .ok)
            #expect(page.text.contains("Månaden pågår."))
            #expect(!page.text.contains("signifikant minskning"))
            #expect(!page.text.contains("Inga signifikanta"))
            // The next month has not begun: not offered.
            #expect(!page.text.contains(">Nästa månad"))
            let api = ReportsAPITests()
            let json = try api.json(
                try await api.call(
                    client, .get, "/api/v1/analysis/months/\(Self.thisMonth)",
                    token: try await api.token(client, "analyst")))
            #expect(json["running"] as? Bool == true)
            #expect((json["significantChanges"] as? [Any])?.isEmpty == true)
        }
    }

    @Test(arguments: TestEngine.available)
    func theMonthlyPictureHasUniqueIDsAndLinksOnlyToPagesOfTheApp(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var analyst = try await Browser.signedIn(client, "analyst")
            let html = try await analyst.get("/analysis/months/2026-10").text
            let ids = html.matches(of: /\sid="([^"]+)"/).map { String($0.output.1) }
            #expect(
                ids.count == Set(ids).count, "duplicate ids: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
            #expect(!html.contains("docs/analysis.md"))
            #expect(!html.contains("href=\"/api/"))
            #expect(html.contains("href=\"/help/methods\""))
            #expect(try await analyst.get("/help/methods").text.contains("Så fungerar analyserna"))
        }
    }
}
