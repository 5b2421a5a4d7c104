import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TryggCore
import TryggTesting

@testable import TryggWeb

@Suite("Start pages and language")
struct StartPageTests {
    @Test(arguments: TestEngine.available)
    func eachRoleSeesItsOwnStartPage(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let headings: [Role: String] = [
                .coordinator: "Samordnare", .reviewer: "Granskare", .analyst: "Analytiker", .reporter: "Rapportör",
                .reader: "Läsare",
            ]
            for role in Role.allCases {
                var browser = Browser(client)
                try await browser.signIn(role.rawValue)
                let page = try await browser.get("/")
                #expect(page.status == .ok)
                #expect(page.text.contains("Välkommen, Test \(role.rawValue)"))
                #expect(page.text.contains(#"<h2 id="role-\#(role.rawValue)">\#(headings[role]!)</h2>"#))
                #expect(page.text.contains("/admin/users") == (role == .coordinator))
                // Analysts start from last month's picture; the menu leads coordinators there too.
                #expect(page.text.contains("/analysis/months/") == (role == .analyst))
                #expect(page.text.contains(#"href="/analysis""#) == [.analyst, .coordinator].contains(role))
            }
        }
    }

    @Test(arguments: TestEngine.available)
    func anEnglishBrowserGetsEnglishAndTheSwitchSticks(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client, language: "en-GB,en;q=0.9")
            #expect(try await browser.get("/sign-in").text.contains("<h1>Sign in</h1>"))
            let switched = try await browser.get("/language/sv?back=/sign-in")
            #expect(switched.location == "/sign-in")
            #expect(try await browser.get("/sign-in").text.contains("<h1>Logga in</h1>"))
        }
    }

    @Test(arguments: TestEngine.available)
    func userTextIsEscapedOnEveryPage(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            let reader = try #require(try await accounts.users.find(username: "reader"))
            try await accounts.users.update(
                reader.id,
                with: UserDraft(
                    username: "reader", displayName: "<script>alert(1)</script>",
                    organisationID: accounts.organisation.id, roles: [.reader]
                ))
            var browser = Browser(client)
            try await browser.signIn("reader")
            let page = try await browser.get("/").text
            #expect(!page.contains("<script>alert(1)</script>"))
            #expect(page.contains("&lt;script&gt;"))
        }
    }

    @Test func bothLanguagesHaveTheSameSentences() throws {
        let catalogue = try StringCatalogue.bundled()
        #expect(catalogue.missingKeys.isEmpty)
        for problem in FieldError.Problem.allCases {
            #expect(catalogue.text("problem_\(problem.rawValue)", .en) != "problem_\(problem.rawValue)")
        }
    }

    @Test(arguments: TestEngine.available)
    func healthReportsTheEngineAndMigrationState(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let response = try await client.execute(uri: "/health", method: .get)
            #expect(response.status == .ok)
            #expect(response.text.contains(#""engine":"\#(engine.rawValue)""#))
            #expect(response.text.contains(#""migrations":"current""#))
        }
    }

    @Test(arguments: TestEngine.available)
    func everyResponseCarriesARequestIDAndSecurityHeaders(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let response = try await client.execute(uri: "/sign-in", method: .get)
            #expect(response.headers[.init("X-Request-Id")!] != nil)
            #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
        }
    }

    @Test(arguments: TestEngine.available)
    func anUnknownPageIsA404Page(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let response = try await client.execute(uri: "/no-such-page", method: .get)
            #expect(response.status == .notFound)
            #expect(response.text.contains("Sidan eller posten finns inte."))
        }
    }
}
