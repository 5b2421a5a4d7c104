import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

@Suite("Changing and resetting passwords")
struct PasswordTests {
    @Test(arguments: TestEngine.available)
    func aChangedPasswordEndsEveryOtherSessionButThisOne(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var phone = Browser(client), desk = Browser(client)
            try await phone.signIn("reporter")
            try await desk.signIn("reporter")
            try await desk.get("/account/password")
            let wrong = try await desk.post(
                "/account/password", [("current", "inte-rätt-lösen"), ("password", "kort"), ("repeated", "annat")])
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains("Det är inte ditt nuvarande lösenord."))
            #expect(wrong.text.contains("Lösenordet ska ha minst 10 tecken."))
            #expect(wrong.text.contains("Lösenorden är inte lika."))
            let changed = try await desk.post(
                "/account/password",
                [("current", testPassword), ("password", "ett-nytt-långt-lösen"), ("repeated", "ett-nytt-långt-lösen")])
            #expect(changed.location == "/account/password?changed=1")
            #expect(try await desk.get("/").status == .ok)
            #expect(try await phone.get("/").location?.hasPrefix("/sign-in") == true)
            var again = Browser(client)
            try await again.signIn("reporter", password: "ett-nytt-långt-lösen")
        }
    }

    @Test(arguments: TestEngine.available)
    func aResetLinkFromTheCoordinatorSetsAPasswordOnce(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var old = try await Browser.signedIn(client, "reader")
            let reader = try #require(try await accounts.users.find(username: "reader"))
            var coordinator = try await Browser.signedIn(client, "coordinator")
            let list = try await coordinator.get("/admin/users").text
            #expect(list.contains("/admin/users/\(reader.id.uuidString)/reset"))
            let issued = try await coordinator.post("/admin/users/\(reader.id.uuidString)/reset", [])
            #expect(issued.status == .ok)
            let link = try #require(
                issued.text.firstMatch(of: /\/password-reset\/[A-Za-z0-9_-]+/).map { String($0.output) })

            var stranger = Browser(client)
            let form = try await stranger.get(link)
            #expect(form.status == .ok)
            #expect(form.text.contains("Välj ett nytt lösenord"))
            let mismatch = try await stranger.post(
                link, [("password", "återställt-lösen-1"), ("repeated", "något-annat-1234")])
            #expect(mismatch.status == .unprocessableContent)
            let set = try await stranger.post(
                link, [("password", "återställt-lösen-1"), ("repeated", "återställt-lösen-1")])
            #expect(set.location == "/sign-in?passwordSet=1")
            #expect(try await stranger.get(link).status == .gone)
            #expect(
                try await stranger.post(link, [("password", "ett-tredje-lösen-1"), ("repeated", "ett-tredje-lösen-1")])
                    .status == .gone)
            #expect(try await old.get("/").location?.hasPrefix("/sign-in") == true)
            var reader2 = Browser(client)
            try await reader2.signIn("reader", password: "återställt-lösen-1")
        }
    }

    @Test(arguments: TestEngine.available)
    func anUnknownResetLinkSaysSoPlainly(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var stranger = Browser(client)
            let page = try await stranger.get("/password-reset/finns-inte")
            #expect(page.status == .gone)
            #expect(page.text.contains("Be din samordnare om en ny."))
        }
    }
}
