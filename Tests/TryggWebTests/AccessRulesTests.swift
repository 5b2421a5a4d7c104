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
    struct APIRoute: Sendable, CustomStringConvertible {
        var method: HTTPRequest.Method
        var path: String
        /// nil: any signed-in user.
        var roles: Set<Role>?
        var description: String { "\(method) \(path)" }
    }

    /// A request path for a registered route: its parameters filled with well-formed values. Who may call a
    /// route is decided before any record is looked up, so the ids need not exist.
    static func sample(_ route: TryggWeb.Route) -> String {
        route.path.replacingOccurrences(of: ":id", with: UUID().uuidString).replacingOccurrences(of: ":week", with: "2026-W47")
            .replacingOccurrences(of: ":month", with: "2026-10").replacingOccurrences(of: ":kind", with: "trends")
            .replacingOccurrences(of: ":token", with: "x").replacingOccurrences(of: ":code", with: "sv")
    }

    /// Every registered page and form target that needs a signed-in person.
    static var signedInEndpoints: [Endpoint] { TryggWeb.Route.endpoints.filter { $0.route.access != .anyone } }

    static let apiRoutes: [APIRoute] = [
        APIRoute(method: .get, path: "/api/v1/me", roles: nil),
        APIRoute(method: .get, path: "/api/v1/indicators", roles: nil),
        APIRoute(method: .get, path: "/api/v1/areas", roles: nil),
        APIRoute(method: .get, path: "/api/v1/organisations", roles: [.coordinator]),
        APIRoute(method: .get, path: "/api/v1/areas/geojson", roles: nil),
        APIRoute(method: .get, path: "/api/v1/reports", roles: nil),
        APIRoute(method: .get, path: "/api/v1/weeks/2026-W47", roles: nil),
        APIRoute(method: .get, path: "/api/v1/areas/locate?latitude=65.6&longitude=22.1", roles: nil),
        APIRoute(method: .get, path: "/api/v1/places?q=stor", roles: nil),
        APIRoute(method: .get, path: "/api/v1/analysis/trends", roles: [.analyst, .coordinator]),
        APIRoute(method: .get, path: "/api/v1/analysis/hotspots", roles: [.analyst, .coordinator]),
        APIRoute(method: .get, path: "/api/v1/analysis/density", roles: [.analyst, .coordinator]),
        APIRoute(method: .get, path: "/api/v1/analysis/hottimes", roles: [.analyst, .coordinator]),
        APIRoute(method: .get, path: "/api/v1/analysis/emerging", roles: [.analyst, .coordinator]),
        APIRoute(method: .get, path: "/api/v1/analysis/months/2026-10", roles: [.analyst, .coordinator]),
    ]

    @Test(arguments: TestEngine.available)
    func withoutASessionEveryPageIsRefused(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var browser = Browser(client)
            try await browser.get("/sign-in")
            // A route listed but not registered would answer 404 here, so the list and the router agree.
            for route in Self.signedInEndpoints {
                let path = Self.sample(route.route)
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
                    let path = Self.sample(route.route)
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
                let path = Self.sample(route.route)
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
            let readerID = try #require(try await accounts.users.find(username: "reader")).id
            let readerToken = try await AccessTokenStore(accounts.database).issue(to: readerID, name: "t").secret
            for route in Self.apiRoutes {
                let anonymous = try await client.execute(uri: route.path, method: route.method)
                #expect(anonymous.status == .unauthorized, "\(route)")
                #expect(anonymous.headers[.contentType] == "application/problem+json", "\(route)")
                let forged = try await client.execute(uri: route.path, method: route.method, headers: [.authorization: "Bearer trygg_forgedforgedforgedforgedforged"])
                #expect(forged.status == .unauthorized, "\(route)")
                let asReader = try await client.execute(uri: route.path, method: route.method, headers: [.authorization: "Bearer \(readerToken)"])
                #expect(asReader.status == (route.roles == nil ? .ok : .forbidden), "\(route)")
            }
        }
    }

    @Test func theOpenAPIDocumentDescribesEveryAPIRoute() throws {
        let document = OpenAPIController.document
        let json = try #require(try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any])
        let paths = try #require(json["paths"] as? [String: [String: Any]])
        let others = [("/api/v1/auth/token", HTTPRequest.Method.post), ("/api/v1/reports", .post), ("/api/v1/reports/{id}", .get), ("/api/v1/reports/{id}/decision", .post), ("/api/v1/weeks/{week}/publish", .post)]
        for route in Self.apiRoutes + others.map({ APIRoute(method: $0.1, path: $0.0, roles: nil) }) {
            let path = String(route.path.dropFirst("/api/v1".count).prefix { $0 != "?" }).replacingOccurrences(of: "2026-W47", with: "{week}")
                .replacingOccurrences(of: "2026-10", with: "{month}")
            let documented = paths[path]
            #expect(documented?[route.method.rawValue.lowercased()] != nil, "\(route)")
        }
    }
}
