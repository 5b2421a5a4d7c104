import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TryggTesting

@testable import TryggWeb

@Suite("Signing in and out")
struct SignInTests {
    @Test(arguments: TestEngine.available)
    func aVisitorWithoutASessionIsSentToSignIn(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            let response = try await browser.get("/admin/users?x=1")
            #expect(response.status == .seeOther)
            #expect(response.location == "/sign-in?next=%2Fadmin%2Fusers%3Fx%3D1")
        }
    }

    @Test(arguments: TestEngine.available)
    func signingInLeadsToTheRequestedPageWithANewSessionCookie(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            try await browser.get("/sign-in")
            let anonymousSession = browser.cookies["trygg_session"]
            #expect(anonymousSession != nil)
            let response = try await browser.post(
                "/sign-in", [("username", "coordinator"), ("password", testPassword), ("next", "/admin/users")])
            #expect(response.status == .seeOther)
            #expect(response.location == "/admin/users")
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("trygg_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(browser.cookies["trygg_session"] != anonymousSession)
            #expect(try await browser.get("/admin/users").status == .ok)
        }
    }

    @Test(arguments: TestEngine.available)
    func aWrongPasswordShowsAMessageAndKeepsTheUsername(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            try await browser.get("/sign-in")
            let response = try await browser.post("/sign-in", [("username", "reader"), ("password", "fel-lösenord")])
            #expect(response.status == .unauthorized)
            #expect(response.text.contains("Fel användarnamn eller lösenord"))
            #expect(response.text.contains(#"value="reader""#))
        }
    }

    @Test(arguments: TestEngine.available)
    func theSixthAttemptAfterFiveFailuresIsRefusedEvenWithTheRightPassword(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            try await browser.get("/sign-in")
            for _ in 0..<5 {
                try await browser.post("/sign-in", [("username", "reader"), ("password", "fel-lösenord")])
            }
            let response = try await browser.post("/sign-in", [("username", "reader"), ("password", testPassword)])
            #expect(response.status == .tooManyRequests)
            #expect(response.text.contains("Försök igen om 15 minuter"))
            #expect(response.headers[.retryAfter] != nil)
        }
    }

    @Test(arguments: TestEngine.available)
    func aSignInPostWithoutTheCSRFTokenIsRefused(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            try await browser.get("/sign-in")
            let response = try await browser.post(
                "/sign-in", [("username", "reader"), ("password", testPassword)], csrf: false)
            #expect(response.status == .forbidden)
        }
    }

    @Test(arguments: TestEngine.available)
    func signingOutEndsTheSession(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            try await browser.signIn("reader")
            try await browser.get("/")
            let response = try await browser.post("/sign-out", [])
            #expect(response.location == "/sign-in?signedOut=1")
            #expect(try await browser.get("/").status == .seeOther)
        }
    }

    @Test(arguments: TestEngine.available)
    func aDeactivatedUsersSessionEndsAtTheNextRequest(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var browser = Browser(client)
            try await browser.signIn("reporter")
            let user = try #require(try await accounts.users.find(username: "reporter"))
            try await accounts.users.setActive(user.id, false)
            #expect(try await browser.get("/").status == .seeOther)
        }
    }

    @Test(arguments: TestEngine.available)
    func anOffsiteNextAddressIsIgnored(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            try await browser.get("/sign-in")
            let response = try await browser.post(
                "/sign-in", [("username", "reader"), ("password", testPassword), ("next", "//evil.example/")])
            #expect(response.location == "/")
        }
    }
}
