import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

/// What a user does in the pages, a script does through the API with a token and the same permissions.
@Suite("Everything the pages do, through the API")
struct WholeAPITests {
    let api = ReportsAPITests()

    @Test(arguments: TestEngine.available)
    func aReporterCompletesAReturnedReportAndTheHistorySaysSo(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let reporter = try await api.token(client, "reporter"), reviewer = try await api.token(client, "reviewer")
            let created = try api.json(
                try await api.call(
                    client, .post, "/api/v1/reports", token: reporter, body: ReportsAPITests.newReport("Klotter")))
            let id = try #require(created["id"] as? String)
            _ = try await api.call(
                client, .post, "/api/v1/reports/\(id)/decision", token: reviewer,
                body: #"{"decision":"return","comment":"Vilken vägg?","version":1}"#)
            // A stale version is refused and changes nothing.
            let stale = ReportsAPITests.newReport("Klotter på norra väggen").replacingOccurrences(
                of: "}", with: #", "version": 1}"#)
            #expect(
                try await api.call(client, .put, "/api/v1/reports/\(id)", token: reporter, body: stale).status
                    == .conflict)
            let fresh = stale.replacingOccurrences(of: #""version": 1"#, with: #""version": 2"#)
            let resubmitted = try await api.call(client, .put, "/api/v1/reports/\(id)", token: reporter, body: fresh)
            #expect(resubmitted.status == .ok)
            #expect(try api.json(resubmitted)["status"] as? String == "submitted")
            let history = try await api.call(client, .get, "/api/v1/reports/\(id)/history", token: reporter)
            let actions = (try JSONSerialization.jsonObject(with: Data(buffer: history.body)) as? [[String: Any]])?
                .compactMap { $0["action"] as? String }
            #expect(actions == ["created", "returned", "resubmitted"])
            #expect(String(buffer: history.body).contains("+01:00"), "times carry the Swedish offset")
            #expect(
                try await api.call(client, .put, "/api/v1/reports/\(id)", token: reviewer, body: fresh).status
                    == .forbidden)
        }
    }

    @Test(arguments: TestEngine.available)
    func aReviewerRunsTheWeeklyMeetingThroughTheAPI(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let reporter = try await api.token(client, "reporter"), reviewer = try await api.token(client, "reviewer")
            var ids: [String] = []
            for text in ["Klotter på tunneln", "Krossad ruta i busskuren", "Samma klotter på tunneln"] {
                ids.append(
                    try #require(
                        try api.json(
                            try await api.call(
                                client, .post, "/api/v1/reports", token: reporter,
                                body: ReportsAPITests.newReport(text)))["id"] as? String))
            }
            let week = ISOWeek(containing: LocalTime.startOfDay("2026-11-20")!).description
            let agenda = try api.json(try await api.call(client, .get, "/api/v1/meetings/\(week)", token: reviewer))
            #expect((agenda["agenda"] as? [Any])?.count == 3)
            #expect(
                agenda["duplicates"] is [Any], "one reporter's reports are never suggested as duplicates of each other")
            let merged = try await api.call(
                client, .post, "/api/v1/reports/\(ids[2])/merge", token: reviewer, body: #"{"into":"\#(ids[0])"}"#)
            #expect(try api.json(merged)["status"] as? String == "merged")
            let refused = try await api.call(
                client, .post, "/api/v1/meetings/\(week)/decisions", token: reviewer,
                body: #"{"reports":["\#(ids[0])"],"decision":"reject"}"#)
            #expect(refused.status == .unprocessableContent, "a rejection needs its reason")
            let decided = try api.json(
                try await api.call(
                    client, .post, "/api/v1/meetings/\(week)/decisions", token: reviewer,
                    body: #"{"reports":["\#(ids[0])","\#(ids[1])","\#(ids[2])"],"decision":"approve"}"#))
            #expect((decided["decided"] as? [String])?.count == 2)
            #expect(decided["conflicts"] as? [String] == [ids[2]])
            let minutes = try await api.call(
                client, .put, "/api/v1/meetings/\(week)/minutes", token: reviewer,
                body: #"{"participants":["Polisen","Lulebo"],"notes":"Klotter vid tunneln.","focus":"Porsön"}"#)
            #expect(try api.json(minutes)["notes"] as? String == "Klotter vid tunneln.")
            let closed = try api.json(
                try await api.call(client, .post, "/api/v1/meetings/\(week)/close", token: reviewer))
            #expect(closed["publishedReports"] as? Int == 2)
            #expect(
                try await api.call(client, .put, "/api/v1/meetings/\(week)/minutes", token: reviewer, body: "{}").status
                    == .conflict)
        }
    }

    @Test(arguments: TestEngine.available)
    func aCoordinatorAddsAUserAndChangesTheirRolesWithTheFormsRules(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            let coordinator = try await api.token(client, "coordinator")
            let organisation = accounts.organisation.id.uuidString
            let invalid = try await api.call(
                client, .post, "/api/v1/admin/users", token: coordinator,
                body: #"{"values":{"username":"","displayName":"Ny"}}"#)
            #expect(invalid.status == .unprocessableContent)
            #expect(String(buffer: invalid.body).contains(#""field":"username""#))
            let created = try await api.call(
                client, .post, "/api/v1/admin/users", token: coordinator,
                body: #"""
                    {"values":{"username":"nina.n","displayName":"Nina N","organisation":"\#(organisation)","roles":["reporter"],"password":"ett-långt-lösenord"}}
                    """#)
            #expect(created.status == .created)
            var user = try api.json(created)
            let id = try #require(user["id"] as? String)
            var values = try #require(user["values"] as? [String: Any])
            #expect(values["roles"] as? [String] == ["reporter"])
            #expect(values["restrictedAccess"] as? Bool == false)
            #expect(values["password"] == nil, "a password is never read back")
            values["roles"] = ["reporter", "reviewer"]
            let body = String(decoding: try JSONSerialization.data(withJSONObject: ["values": values]), as: UTF8.self)
            user = try api.json(
                try await api.call(client, .put, "/api/v1/admin/users/\(id)", token: coordinator, body: body))
            #expect(Set((user["values"] as? [String: Any])?["roles"] as? [String] ?? []) == ["reporter", "reviewer"])
            let off = try api.json(
                try await api.call(
                    client, .post, "/api/v1/admin/users/\(id)/active", token: coordinator, body: #"{"active":false}"#))
            #expect(off["active"] as? Bool == false)
            #expect(try await accounts.users.find(username: "nina.n")?.active == false)
            let reader = try await api.token(client, "reader")
            #expect(try await api.call(client, .get, "/api/v1/admin/users", token: reader).status == .forbidden)
        }
    }

    @Test(arguments: TestEngine.available)
    func aUserLooksAfterTheirTokensAndNoticesAndACoordinatorTheLogAndName(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            let reporter = try await api.token(client, "reporter")
            let created = try api.json(
                try await api.call(
                    client, .post, "/api/v1/account/tokens", token: reporter, body: #"{"name":"Skript"}"#))
            let second = try #require(created["token"] as? String)
            let listed = try await api.call(client, .get, "/api/v1/account/tokens", token: second)
            let tokens = try #require(
                try JSONSerialization.jsonObject(with: Data(buffer: listed.body)) as? [[String: Any]])
            let script = try #require(tokens.first { $0["name"] as? String == "Skript" })
            let id = try #require(script["id"] as? String)
            let revoked = try api.json(
                try await api.call(client, .post, "/api/v1/account/tokens/\(id)/revoke", token: reporter))
            #expect(revoked["revoked"] as? Bool == true)
            #expect(try await api.call(client, .get, "/api/v1/me", token: second).status == .unauthorized)
            let saved = try api.json(
                try await api.call(
                    client, .put, "/api/v1/account/notices/preferences", token: reporter,
                    body: #"{"email":"rapportor@example.org","kinds":["returned_report","agenda_ready"]}"#))
            #expect(saved["kinds"] as? [String] == ["returned_report"], "a reporter gets no agenda")
            #expect(try await api.call(client, .get, "/api/v1/account/notices", token: reporter).status == .ok)
            let coordinator = try await api.token(client, "coordinator")
            #expect(try await api.call(client, .get, "/api/v1/admin/grants", token: reporter).status == .forbidden)
            let grants = try await api.call(client, .get, "/api/v1/admin/grants", token: coordinator)
            #expect(grants.status == .ok)
            let renamed = try api.json(
                try await api.call(
                    client, .put, "/api/v1/admin/municipality", token: coordinator, body: #"{"name":"Luleå kommun"}"#))
            #expect(renamed["name"] as? String == "Luleå kommun")
            #expect(try await MunicipalityStore(accounts.database).require().name == "Luleå kommun")
        }
    }

    @Test(arguments: TestEngine.available)
    func aScriptChangesItsOwnPasswordBehindTheThrottleAndACoordinatorIssuesAResetLink(
        _ engine: TestEngine
    ) async throws {
        try await withTestApp(engine) { client, accounts in
            var desk = try await Browser.signedIn(client, "reporter")
            let reporter = try await api.token(client, "reporter")
            let wrong = try await api.call(
                client, .post, "/api/v1/account/password", token: reporter,
                body: #"{"current":"inte-rätt-lösen","password":"kort"}"#)
            #expect(wrong.status == .unprocessableContent)
            let fields = try #require(try api.json(wrong)["errors"] as? [[String: Any]]).compactMap {
                $0["field"] as? String
            }
            #expect(Set(fields) == ["current", "password"])
            let changed = try await api.call(
                client, .post, "/api/v1/account/password", token: reporter,
                body: #"{"current":"\#(testPassword)","password":"ett-nytt-långt-lösen"}"#)
            #expect(changed.status == .ok)
            #expect(try await desk.get("/").location?.hasPrefix("/sign-in") == true, "the browser session ended")
            #expect(try await api.call(client, .get, "/api/v1/me", token: reporter).status == .ok)
            // Guessing the current password with a stolen token meets the sign-in throttle.
            var last = wrong
            for _ in 0..<12 {
                last = try await api.call(
                    client, .post, "/api/v1/account/password", token: reporter,
                    body: #"{"current":"gissning-gissning","password":"ett-annat-långt-lösen"}"#)
                if last.status == .tooManyRequests { break }
            }
            #expect(last.status == .tooManyRequests)

            let reader = try #require(try await accounts.users.find(username: "reader"))
            let path = "/api/v1/admin/users/\(reader.id.uuidString)/password-reset"
            #expect(try await api.call(client, .post, path, token: reporter).status == .forbidden)
            let coordinator = try await api.token(client, "coordinator")
            let issued = try await api.call(client, .post, path, token: coordinator)
            #expect(issued.status == .created)
            let link = try #require(try api.json(issued)["link"] as? String)
            let resetPath = try #require(
                link.firstMatch(of: /\/password-reset\/[A-Za-z0-9_-]+/).map { String($0.output) })
            var stranger = Browser(client)
            #expect(try await stranger.get(resetPath).status == .ok)
            let unknown = "/api/v1/admin/users/\(UUID().uuidString)/password-reset"
            #expect(try await api.call(client, .post, unknown, token: coordinator).status == .notFound)
        }
    }

    @Test(arguments: TestEngine.available)
    func aCoordinatorPreviewsThenImportsAreasThroughTheAPI(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            let coordinator = try await api.token(client, "coordinator")
            func body(_ file: String, replace: Bool, confirm: Bool) throws -> String {
                let object: [String: Any] = [
                    "geojson": file, "codeProperty": "KOD", "nameProperty": "NAMN", "replace": replace,
                    "confirm": confirm,
                ]
                return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            }
            let broken = MapPageTests.twoAreas.replacingOccurrences(
                of: "[22.0,65.7],[22.0,65.6]]", with: "[22.0,65.7],[22.05,65.6]]")
            let refused = try await api.call(
                client, .post, "/api/v1/admin/areas/import", token: coordinator,
                body: try body(broken, replace: true, confirm: true))
            #expect(refused.status == .unprocessableContent)
            #expect(String(buffer: refused.body).contains("ringen är inte sluten"))
            let preview = try api.json(
                try await api.call(
                    client, .post, "/api/v1/admin/areas/import", token: coordinator,
                    body: try body(MapPageTests.twoAreas, replace: true, confirm: false)))
            #expect(preview["saved"] as? Bool == false)
            #expect((preview["areas"] as? [Any])?.count == 2)
            #expect(
                try await AreaStore(accounts.database, municipalityID: accounts.municipality.id).all().filter(\.active)
                    .count == 12)
            let saved = try api.json(
                try await api.call(
                    client, .post, "/api/v1/admin/areas/import", token: coordinator,
                    body: try body(MapPageTests.twoAreas, replace: true, confirm: true)))
            #expect(saved["saved"] as? Bool == true)
            #expect((saved["deactivated"] as? [String])?.count == 12)
        }
    }
}
