import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

@Suite("Forms show stored choices, and every change of grants is logged")
struct GrantTests {
    @Test(arguments: TestEngine.available)
    func savingAUserAsShownNeverGrantsRestrictedAccess(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var browser = try await Browser.signedIn(client, "coordinator")
            let reader = try #require(try await accounts.users.find(username: "reader"))
            let action = "/admin/users/\(reader.id.uuidString)/edit"
            let form = try await browser.get(action).text
            #expect(!form.contains(#"name="restrictedAccess" value="true" checked"#))
            let response = try await browser.post(action, FormReader.fields(in: form, action: action), csrf: false)
            #expect(response.status == .seeOther)
            let saved = try #require(try await accounts.users.find(reader.id))
            #expect(saved.restrictedAccess == false)
            #expect(saved.roles == [.reader])
        }
    }

    @Test(arguments: TestEngine.available)
    func savingAnIndicatorAsShownKeepsThePeopleQuestionAsItWas(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var browser = try await Browser.signedIn(client, "coordinator")
            let indicators = IndicatorStore(accounts.database, municipalityID: accounts.municipality.id)
            for indicator in try await indicators.all() {
                let action = "/admin/indicators/\(indicator.id.uuidString)/edit"
                let form = try await browser.get(action).text
                let response = try await browser.post(action, FormReader.fields(in: form, action: action), csrf: false)
                #expect(response.status == .seeOther)
                #expect(try await indicators.find(indicator.id)?.asksForPeopleCount == indicator.asksForPeopleCount)
            }
        }
    }

    @Test(arguments: TestEngine.available)
    func grantingRestrictedAccessIsLoggedWithWhoAndWhen(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var browser = try await Browser.signedIn(client, "coordinator")
            let analyst = try #require(try await accounts.users.find(username: "analyst"))
            let action = "/admin/users/\(analyst.id.uuidString)/edit"
            let form = try await browser.get(action).text
            var fields = FormReader.fields(in: form, action: action)
            fields.append(("restrictedAccess", "true"))
            #expect(try await browser.post(action, fields, csrf: false).status == .seeOther)

            let changes = try await accounts.users.grantChanges()
            let coordinator = try #require(try await accounts.users.find(username: "coordinator"))
            let change = try #require(changes.first { $0.userID == analyst.id && $0.restrictedBefore != nil })
            #expect(change.actorID == coordinator.id)
            #expect(change.restrictedBefore == false && change.restrictedAfter == true)
            #expect(change.changesRestrictedAccess)

            let log = try await browser.get("/admin/users/grants")
            #expect(log.status == .ok)
            #expect(log.text.contains("Test analyst (analyst)"))
            #expect(log.text.contains("får inte läsa → får läsa"))
            #expect(try await browser.get("/admin/users").text.contains("Ja – får läsa"))
        }
    }

    @Test(arguments: TestEngine.available)
    func savingAUserWithoutChangingGrantsAddsNothingToTheLog(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            let before = try await accounts.users.grantChanges().count
            var browser = try await Browser.signedIn(client, "coordinator")
            let reader = try #require(try await accounts.users.find(username: "reader"))
            let action = "/admin/users/\(reader.id.uuidString)/edit"
            var fields = FormReader.fields(in: try await browser.get(action).text, action: action)
            fields = fields.map { $0.0 == "displayName" ? ($0.0, "Nytt Namn") : $0 }
            #expect(try await browser.post(action, fields, csrf: false).status == .seeOther)
            #expect(try await accounts.users.grantChanges().count == before)
        }
    }

    @Test(arguments: TestEngine.available)
    func onlyCoordinatorsReadTheGrantLog(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            for role in Role.allCases where role != .coordinator {
                var browser = Browser(client)
                try await browser.signIn(role.rawValue)
                #expect(try await browser.get("/admin/users/grants").status == .forbidden)
            }
        }
    }
}
