import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import TryggCore
import TryggTesting

@testable import TryggWeb

@Suite("The JSON API")
struct APITests {
    func requestToken(_ client: any TestClientProtocol, _ body: String) async throws -> TestResponse {
        try await client.execute(
            uri: "/api/v1/auth/token", method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(string: body))
    }

    @Test(arguments: TestEngine.available)
    func aScriptGetsATokenAndReadsWhoItIs(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let issued = try await requestToken(client, #"{"username": "reviewer", "password": "\#(testPassword)"}"#)
            #expect(issued.status == .created)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: issued.body)) as? [String: Any])
            let token = try #require(json["token"] as? String)
            #expect(json["expiresAt"] is String)
            let me = try await client.execute(
                uri: "/api/v1/me", method: .get, headers: [.authorization: "Bearer \(token)"])
            #expect(me.status == .ok)
            let body = try #require(try JSONSerialization.jsonObject(with: Data(buffer: me.body)) as? [String: Any])
            #expect(body["username"] as? String == "reviewer")
            #expect(body["roles"] as? [String] == ["reviewer"])
            #expect((body["organisation"] as? [String: Any])?["code"] as? String == "klf")
        }
    }

    @Test(arguments: TestEngine.available)
    func wrongCredentialsAre401ProblemJSON(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let response = try await requestToken(client, #"{"username": "reviewer", "password": "fel-fel-fel"}"#)
            #expect(response.status == .unauthorized)
            #expect(response.headers[.contentType] == "application/problem+json")
            #expect(response.text.contains(#""status":401"#))
        }
    }

    @Test(arguments: TestEngine.available)
    func missingFieldsAre422WithEachField(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let response = try await requestToken(client, #"{"username": ""}"#)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains(#""field":"username""#))
            #expect(response.text.contains(#""field":"password""#))
        }
    }

    @Test(arguments: TestEngine.available)
    func malformedJSONIsA400(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let response = try await requestToken(client, "{username")
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType] == "application/problem+json")
        }
    }

    @Test(arguments: TestEngine.available)
    func repeatedWrongPasswordsAreThrottledWithRetryAfter(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            for _ in 0..<5 { try await requestToken(client, #"{"username": "analyst", "password": "fel-fel-fel"}"#) }
            let response = try await requestToken(client, #"{"username": "analyst", "password": "\#(testPassword)"}"#)
            #expect(response.status == .tooManyRequests)
            #expect(response.headers[.retryAfter] != nil)
        }
    }

    @Test(arguments: TestEngine.available)
    func catalogueEndpointsListIndicatorsAndAreas(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let issued = try await requestToken(client, #"{"username": "reporter", "password": "\#(testPassword)"}"#)
            let token = try #require(
                (try JSONSerialization.jsonObject(with: Data(buffer: issued.body)) as? [String: Any])?["token"]
                    as? String)
            let areas = try await client.execute(
                uri: "/api/v1/areas", method: .get, headers: [.authorization: "Bearer \(token)"])
            let list = try #require(
                try JSONSerialization.jsonObject(with: Data(buffer: areas.body)) as? [[String: Any]])
            #expect(list.count == 12)
            let indicators = try await client.execute(
                uri: "/api/v1/indicators", method: .get, headers: [.authorization: "Bearer \(token)"])
            #expect(indicators.text.contains(#""code":"graffiti""#))
        }
    }

    @Test(arguments: TestEngine.available)
    func aTokenMadeOnTheTokensPageWorksUntilItIsRevoked(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            try await browser.signIn("analyst")
            try await browser.get("/account/tokens")
            let created = try await browser.post("/account/tokens", [("name", "Analysskript")])
            #expect(created.status == .created)
            let page = created.text
            let start = try #require(page.range(of: #"id="new-token">"#))
            let token = String(page[start.upperBound...].prefix { $0 != "<" })
            #expect(
                try await client.execute(uri: "/api/v1/me", method: .get, headers: [.authorization: "Bearer \(token)"])
                    .status == .ok)
            let listed = try await browser.get("/account/tokens").text
            #expect(!listed.contains(token))
            let revoke = try #require(listed.range(of: #"action="/account/tokens/"#))
            let id = String(listed[revoke.upperBound...].prefix { $0 != "/" })
            #expect(try await browser.post("/account/tokens/\(id)/revoke", []).status == .seeOther)
            #expect(
                try await client.execute(uri: "/api/v1/me", method: .get, headers: [.authorization: "Bearer \(token)"])
                    .status == .unauthorized)
        }
    }
}
