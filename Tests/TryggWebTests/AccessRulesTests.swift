import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

/// Every route, who may use it, and the three refusals each must give.
@Suite("Who may do what")
struct AccessRulesTests {
    /// A request path for a registered route: its parameters filled with well-formed values. Who may call a
    /// route is decided before any record is looked up, so the ids need not exist.
    static func sample(_ path: String) -> String {
        path.replacingOccurrences(of: ":id", with: UUID().uuidString).replacingOccurrences(
            of: ":week", with: "2026-W47"
        )
        .replacingOccurrences(of: ":month", with: "2026-10").replacingOccurrences(of: ":kind", with: "trends")
        .replacingOccurrences(of: ":token", with: "x").replacingOccurrences(of: ":code", with: "sv")
    }

    /// Every registered page and form target that needs a signed-in person.
    static var signedInEndpoints: [Endpoint] { TryggWeb.Route.endpoints.filter { $0.route.access != .anyone } }

    @Test(arguments: TestEngine.available)
    func withoutASessionEveryPageIsRefused(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var browser = Browser(client)
            try await browser.get("/sign-in")
            // A route listed but not registered would answer 404 here, so the list and the router agree.
            for route in Self.signedInEndpoints {
                let path = Self.sample(route.route.path)
                let response = route.method == .get ? try await browser.get(path) : try await browser.post(path, [])
                if route.method == .get {
                    #expect(response.status == .seeOther, "\(route)")
                    #expect(response.location?.hasPrefix("/sign-in?next=") == true, "\(route)")
                } else {
                    #expect(response.status == .unauthorized, "\(route)")
                }
            }
        }
    }

    @Test(arguments: TestEngine.available)
    func aUserWithoutTheRoleIsForbidden(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            for role in Role.allCases {
                var browser = Browser(client)
                try await browser.signIn(role.rawValue)
                try await browser.get("/")
                let user = try #require(try await accounts.users.find(username: role.rawValue))
                for route in Self.signedInEndpoints {
                    guard case .capable(let capability) = route.route.access, !user.can(capability) else { continue }
                    let path = Self.sample(route.route.path)
                    let response = route.method == .get ? try await browser.get(path) : try await browser.post(path, [])
                    #expect(response.status == .forbidden, "\(role) \(route)")
                }
            }
        }
    }

    @Test(arguments: TestEngine.available)
    func everyFormPostWithoutTheCSRFTokenIsForbidden(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var browser = Browser(client)
            try await browser.signIn("coordinator")
            for route in Self.signedInEndpoints where route.method == .post {
                let path = Self.sample(route.route.path)
                let response = try await browser.post(path, [("name", "x"), ("active", "false")], csrf: false)
                #expect(response.status == .forbidden, "\(route)")
                #expect(response.text.contains("Formuläret kunde inte kontrolleras"), "\(route)")
            }
            #expect(try await browser.post("/sign-out", [], csrf: false).status == .forbidden)
            // Nothing was changed by the refused posts.
            #expect(try await accounts.users.all().allSatisfy(\.active))
        }
    }

    @Test(arguments: TestEngine.available)
    func theAPIRefusesMissingAndUnknownTokensAndWrongRoles(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            let reader = try #require(try await accounts.users.find(username: "reader"))
            let readerToken = try await AccessTokenStore(accounts.database).issue(to: reader.id, name: "t").secret
            for endpoint in APIRoute.endpoints where endpoint.access != .anyone {
                let path = APIRoute.base + "/" + Self.sample(endpoint.route.path)
                let label = "\(endpoint.method) \(path)"
                let anonymous = try await client.execute(uri: path, method: endpoint.method)
                #expect(anonymous.status == .unauthorized, "\(label)")
                #expect(anonymous.headers[.contentType] == "application/problem+json", "\(label)")
                let forged = try await client.execute(
                    uri: path, method: endpoint.method,
                    headers: [.authorization: "Bearer trygg_forgedforgedforgedforgedforged"])
                #expect(forged.status == .unauthorized, "\(label)")
                let asReader = try await client.execute(
                    uri: path, method: endpoint.method, headers: [.authorization: "Bearer \(readerToken)"])
                if case .capable(let capability) = endpoint.access, !reader.can(capability) {
                    #expect(asReader.status == .forbidden, "\(label)")
                } else {
                    #expect(
                        asReader.status != .forbidden && asReader.status != .unauthorized
                            && asReader.status != .notFound || endpoint.route.path.contains(":id"),
                        "\(label): \(asReader.status)")
                }
            }
            // An address under the API that names nothing answers as the API does.
            let nothing = try await client.execute(
                uri: "/api/v1/nothing-here", method: .get, headers: [.authorization: "Bearer \(readerToken)"])
            #expect(nothing.status == .notFound)
            #expect(nothing.headers[.contentType] == "application/problem+json")
        }
    }

    /// The OpenAPI document and the router describe the same API: a registered endpoint missing from the
    /// document fails, and so does a documented one the router does not have.
    @Test func theOpenAPIDocumentAndTheRouterNameTheSameEndpoints() throws {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(OpenAPIController.document.utf8)) as? [String: Any])
        let paths = try #require(json["paths"] as? [String: [String: Any]])
        let methods: Set<String> = ["get", "post", "put", "patch", "delete"]
        let documented = Set(
            paths.flatMap { path, operations in
                operations.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" }
            })
        let registered = Set(APIRoute.endpoints.map { "\($0.method.rawValue) \($0.route.documentedPath)" })
        #expect(registered.subtracting(documented).sorted() == [], "registered but not documented")
        #expect(documented.subtracting(registered).sorted() == [], "documented but not registered")
    }
}
