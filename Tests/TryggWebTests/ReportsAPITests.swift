import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

@Suite("Reports through the API")
struct ReportsAPITests {
    func token(_ client: any TestClientProtocol, _ username: String) async throws -> String {
        let response = try await client.execute(
            uri: "/api/v1/auth/token", method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(string: #"{"username": "\#(username)", "password": "\#(testPassword)"}"#))
        return try #require(
            (try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])?["token"] as? String
        )
    }

    func call(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ path: String, token: String,
        body: String? = nil
    ) async throws -> TestResponse {
        try await client.execute(
            uri: path, method: method, headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
            body: body.map { ByteBuffer(string: $0) })
    }

    func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    static func newReport(_ description: String) -> String {
        #"{"indicator": "vandalism", "subtype": "graffiti", "occurredAt": "2026-11-20T21:30:00+01:00", "latitude": 65.617, "longitude": 22.138, "description": "\#(description)"}"#
    }

    @Test(arguments: TestEngine.available)
    func aReporterSubmitsAndAReviewerApproves(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let reporter = try await token(client, "reporter"), reviewer = try await token(client, "reviewer")
            let created = try await call(
                client, .post, "/api/v1/reports", token: reporter, body: Self.newReport("Klotter på gångtunneln"))
            #expect(created.status == .created)
            let report = try json(created)
            #expect(report["status"] as? String == "submitted")
            #expect(report["area"] as? String == "porson")
            #expect(report["week"] as? String == "2026-W47")
            let id = try #require(report["id"] as? String)
            let listed = try await call(client, .get, "/api/v1/reports?status=submitted&week=2026-W47", token: reviewer)
            #expect(listed.text.contains(id))
            let decided = try await call(
                client, .post, "/api/v1/reports/\(id)/decision", token: reviewer,
                body: #"{"decision": "approve", "version": 1}"#)
            #expect(decided.status == .ok)
            #expect(try json(decided)["status"] as? String == "approved")
            let again = try await call(
                client, .post, "/api/v1/reports/\(id)/decision", token: reviewer,
                body: #"{"decision": "reject", "comment": "x", "version": 1}"#)
            #expect(again.status == .conflict)
        }
    }

    @Test(arguments: TestEngine.available)
    func aValidPersonnummerIsRefusedWithItsPositionAndAWrongCheckDigitAccepted(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let reporter = try await token(client, "reporter")
            let refused = try await call(
                client, .post, "/api/v1/reports", token: reporter, body: Self.newReport("Pojke 121212-1212 klottrade"))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.headers[.contentType] == "application/problem+json")
            #expect(refused.text.contains(#""findings":[{"end":17,"kind":"personalIdentityNumber","start":6}]"#))
            let accepted = try await call(
                client, .post, "/api/v1/reports", token: reporter,
                body: Self.newReport("Ärende 121212-1213 hos polisen"))
            #expect(accepted.status == .created)
        }
    }

    @Test(arguments: TestEngine.available)
    func eachRoleSeesItsScopeAndReadersNeverSeeWhoReported(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let reporter = try await token(client, "reporter"), analyst = try await token(client, "analyst"),
                reader = try await token(client, "reader")
            let id = try #require(
                try json(
                    try await call(client, .post, "/api/v1/reports", token: reporter, body: Self.newReport("Klotter")))[
                        "id"] as? String)
            #expect(try await call(client, .get, "/api/v1/reports/\(id)", token: reporter).status == .ok)
            #expect(try await call(client, .get, "/api/v1/reports/\(id)", token: analyst).status == .notFound)
            #expect(try await call(client, .get, "/api/v1/reports", token: reader).text == "[]")
            #expect(
                try await call(client, .post, "/api/v1/reports", token: reader, body: Self.newReport("x")).status
                    == .forbidden)
            #expect(
                try await call(
                    client, .post, "/api/v1/reports/\(id)/decision", token: reporter, body: #"{"decision": "approve"}"#
                ).status == .forbidden)
        }
    }

    @Test(arguments: TestEngine.available)
    func badInputGetsSpecificErrors(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let reporter = try await token(client, "reporter")
            let missing = try await call(client, .post, "/api/v1/reports", token: reporter, body: "{}")
            #expect(missing.status == .unprocessableContent)
            for field in ["indicator", "occurredAt", "place", "description"] {
                #expect(missing.text.contains(#""field":"\#(field)""#), "\(field)")
            }
            let badDate = try await call(
                client, .post, "/api/v1/reports", token: reporter, body: #"{"occurredAt": "igår"}"#)
            #expect(badDate.status == .badRequest)
            #expect(badDate.text.contains("ISO 8601"))
            #expect(
                try await call(client, .get, "/api/v1/reports?week=2026-48", token: reporter).status
                    == .unprocessableContent)
        }
    }
}
