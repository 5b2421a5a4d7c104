import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

@Suite("One submission of a form is one report, however often it arrives")
struct DoubleSubmissionTests {
    @Test(arguments: TestEngine.available)
    func aDoubleTapOnTheReportFormFilesOneReport(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var reporter = try await Browser.signedIn(client, "reporter")
            let form = try await reporter.get("/reports/new").text
            let key = try #require(
                FormReader.fields(in: form, action: "/reports/new").first { $0.0 == "submission" }?.1)
            #expect(UUID(uuidString: key) != nil)
            let fields = ReportPagesTests.fields("Klotter på tunnelns vägg") + [("submission", key)]
            let first = try await reporter.post("/reports/new", fields)
            let second = try await reporter.post("/reports/new", fields)
            #expect(first.status == .seeOther && second.status == .seeOther)
            #expect(
                first.location?.components(separatedBy: "?").first
                    == second.location?.components(separatedBy: "?").first)
            #expect(
                try await ReportStore(accounts.database, municipalityID: accounts.municipality.id).list(scope: .all)
                    .count == 1)
        }
    }

    @Test(arguments: TestEngine.available)
    func aNewFormGetsANewKeySoTheNextReportIsFiled(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reporter = try await Browser.signedIn(client, "reporter")
            let first = try await reporter.get("/reports/new").text
            let second = try await reporter.get("/reports/new").text
            let key = { (html: String) in
                FormReader.fields(in: html, action: "/reports/new").first { $0.0 == "submission" }?.1
            }
            #expect(key(first) != nil && key(first) != key(second))
        }
    }

    @Test(arguments: TestEngine.available)
    func anAPIRetryWithTheSameIdempotencyKeyReturnsTheSameReport(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            let api = ReportsAPITests()
            let token = try await api.token(client, "reporter")
            var headers: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
            headers[.idempotencyKey] = "klient-4711"
            let body = ReportsAPITests.newReport("Klotter")
            // Both arrive at once, as from a client that retried before the first answer came back.
            async let one = client.execute(
                uri: "/api/v1/reports", method: .post, headers: headers, body: ByteBuffer(string: body))
            async let two = client.execute(
                uri: "/api/v1/reports", method: .post, headers: headers, body: ByteBuffer(string: body))
            let (first, second) = try await (one, two)
            #expect(first.status == .created && second.status == .created)
            #expect(try api.json(first)["id"] as? String == (try api.json(second)["id"] as? String))
            #expect(
                try await ReportStore(accounts.database, municipalityID: accounts.municipality.id).list(scope: .all)
                    .count == 1)
        }
    }

    @Test(arguments: TestEngine.available)
    func aKeyReusedForOtherContentIsNotTakenForTheOldReport(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var reporter = try await Browser.signedIn(client, "reporter")
            let form = try await reporter.get("/reports/new").text
            let key = try #require(
                FormReader.fields(in: form, action: "/reports/new").first { $0.0 == "submission" }?.1)
            _ = try await reporter.post("/reports/new", ReportPagesTests.fields("Klotter") + [("submission", key)])
            let changed = try await reporter.post(
                "/reports/new", ReportPagesTests.fields("Krossad ruta") + [("submission", key)])
            #expect(changed.status == .conflict)
            #expect(changed.text.contains("Krossad ruta</textarea>"))
            #expect(
                try await ReportStore(accounts.database, municipalityID: accounts.municipality.id).list(scope: .all)
                    .count == 1)
        }
    }
}
