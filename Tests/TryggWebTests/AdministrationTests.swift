import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

@Suite("The coordinator's administration pages")
struct AdministrationTests {
    @Test(arguments: TestEngine.available)
    func aCoordinatorCreatesAUserWhoCanThenSignIn(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var browser = Browser(client)
            try await browser.signIn("coordinator")
            try await browser.get("/admin/users/new")
            let response = try await browser.post(
                "/admin/users/new",
                [
                    ("username", "Nils.N"), ("displayName", "Nils Nilsson"),
                    ("organisation", accounts.organisation.id.uuidString),
                    ("roles", "reporter"), ("roles", "reviewer"), ("password", "ett-långt-lösen"),
                ])
            #expect(response.status == .seeOther)
            #expect(try await browser.get("/admin/users").text.contains("Nils Nilsson"))
            var nils = Browser(client)
            try await nils.signIn("nils.n", password: "ett-långt-lösen")
            #expect(try await nils.get("/").text.contains("Granskare"))
        }
    }

    @Test(arguments: TestEngine.available)
    func anInvalidUserFormShowsEveryErrorAndKeepsWhatWasTyped(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var browser = Browser(client)
            try await browser.signIn("coordinator")
            try await browser.get("/admin/users/new")
            let response = try await browser.post(
                "/admin/users/new",
                [
                    ("username", "reader"), ("displayName", "Förnamn <Efternamn>"), ("organisation", ""),
                    ("password", "kort"),
                ])
            #expect(response.status == .unprocessableContent)
            let page = response.text
            #expect(page.contains("Formuläret behöver rättas"))
            #expect(page.contains("Det finns redan en post med det värdet."))
            #expect(page.contains("Välj minst en roll."))
            #expect(page.contains("Lösenordet ska ha minst 10 tecken."))
            #expect(page.contains(#"value="Förnamn &lt;Efternamn&gt;""#))
            #expect(page.contains(#"aria-invalid="true""#))
            #expect(try await accounts.users.all().count == Role.allCases.count)
        }
    }

    @Test(arguments: TestEngine.available)
    func aTakenUsernameIsNamedOnTheForm(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var browser = Browser(client)
            try await browser.signIn("coordinator")
            try await browser.get("/admin/users/new")
            let response = try await browser.post(
                "/admin/users/new",
                [
                    ("username", "reader"), ("displayName", "Annan"),
                    ("organisation", accounts.organisation.id.uuidString),
                    ("roles", "reader"), ("password", "ett-långt-lösen"),
                ])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Det finns redan en post med det värdet."))
        }
    }

    @Test(arguments: TestEngine.available)
    func deactivatingAUserKeepsThemListedAndStopsTheirSignIn(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var browser = Browser(client)
            try await browser.signIn("coordinator")
            let reader = try #require(try await accounts.users.find(username: "reader"))
            try await browser.get("/admin/users")
            #expect(
                try await browser.post("/admin/users/\(reader.id.uuidString)/active", [("active", "false")]).status
                    == .seeOther)
            #expect(try await browser.get("/admin/users").text.contains("Avaktiverad"))
            var readerBrowser = Browser(client)
            try await readerBrowser.get("/sign-in")
            #expect(
                try await readerBrowser.post("/sign-in", [("username", "reader"), ("password", testPassword)]).status
                    == .unauthorized)
        }
    }

    @Test(arguments: TestEngine.available)
    func organisationsIndicatorsAndAreasAreCreatedAndEdited(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var browser = Browser(client)
            try await browser.signIn("coordinator")
            try await browser.get("/admin/organisations/new")
            #expect(
                try await browser.post(
                    "/admin/organisations/new", [("code", "lulebo"), ("name", "Lulebo AB"), ("kind", "housing")]
                ).status == .seeOther)
            #expect(try await browser.get("/admin/organisations").text.contains("Bostadsbolag"))

            try await browser.get("/admin/indicators/new")
            #expect(
                try await browser.post(
                    "/admin/indicators/new",
                    [
                        ("code", "fireworks"), ("nameSv", "Fyrverkerier"), ("nameEn", "Fireworks"),
                        ("subtypes", "rockets;Raketer;Rockets"),
                    ]
                ).status == .seeOther)
            let indicators = try await browser.get("/admin/indicators").text
            #expect(indicators.contains("Fyrverkerier"))
            #expect(indicators.contains("Raketer"))

            let porson = try #require(
                try await AreaStore(accounts.database, municipalityID: accounts.municipality.id).all().first {
                    $0.code == "porson"
                })
            try await browser.get("/admin/areas/\(porson.id.uuidString)/edit")
            #expect(
                try await browser.post(
                    "/admin/areas/\(porson.id.uuidString)/edit", [("code", "porson"), ("name", "Porsön–Lulsundet")]
                ).status == .seeOther)
            #expect(try await browser.get("/admin/areas").text.contains("Porsön–Lulsundet"))
        }
    }

    @Test(arguments: TestEngine.available)
    func aBadSubtypeLineIsExplainedAndTheTextKept(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            try await browser.signIn("coordinator")
            try await browser.get("/admin/indicators/new")
            let response = try await browser.post(
                "/admin/indicators/new",
                [
                    ("code", "x y"), ("nameSv", ""), ("nameEn", "X"), ("subtypes", "bara-kod"),
                ])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains(">bara-kod</textarea>"))
            #expect(response.text.contains("Fyll i det här fältet."))
        }
    }

    @Test(arguments: TestEngine.available)
    func theMunicipalityIsRenamed(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            try await browser.signIn("coordinator")
            try await browser.get("/admin/municipality")
            #expect(try await browser.post("/admin/municipality", [("name", "")]).status == .unprocessableContent)
            #expect(
                try await browser.post("/admin/municipality", [("name", "Luleå kommun – test")]).status == .seeOther)
            #expect(try await browser.get("/").text.contains("Luleå kommun – test"))
        }
    }

    @Test(arguments: TestEngine.available)
    func anUnknownRecordIsA404(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            try await browser.signIn("coordinator")
            #expect(try await browser.get("/admin/users/\(UUID().uuidString)/edit").status == .notFound)
            #expect(try await browser.get("/admin/users/not-an-id/edit").status == .notFound)
        }
    }
}
