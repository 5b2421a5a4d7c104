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
    struct Route: Sendable, CustomStringConvertible {
        var method: HTTPRequest.Method
        var path: String
        /// nil: any signed-in user.
        var roles: Set<Role>?
        var description: String { "\(method) \(path)" }
    }

    /// Paths use `{id}` for a record id, replaced per resource in the test.
    static let webRoutes: [Route] = {
        var routes: [Route] = [
            Route(method: .get, path: "/", roles: nil),
            Route(method: .get, path: "/account/tokens", roles: nil),
            Route(method: .post, path: "/account/tokens", roles: nil),
            Route(method: .get, path: "/admin/municipality", roles: [.coordinator]),
            Route(method: .get, path: "/admin/users/grants", roles: [.coordinator]),
            Route(method: .get, path: "/help/methods", roles: nil),
            Route(method: .get, path: "/help", roles: nil),
            Route(method: .get, path: "/account/password", roles: nil),
            Route(method: .get, path: "/account/notices", roles: nil),
            Route(method: .post, path: "/account/notices", roles: nil),
            Route(method: .post, path: "/account/password", roles: nil),
            Route(method: .post, path: "/admin/users/{id}/reset", roles: [.coordinator]),
            Route(method: .post, path: "/admin/municipality", roles: [.coordinator]),
            Route(method: .get, path: "/admin/areas/import", roles: [.coordinator]),
            Route(method: .post, path: "/admin/areas/import", roles: [.coordinator]),
            Route(method: .get, path: "/admin/areas/export.geojson", roles: [.coordinator]),
            Route(method: .get, path: "/map", roles: nil),
            Route(method: .get, path: "/reports", roles: nil),
            Route(method: .get, path: "/reports.csv", roles: nil),
            Route(method: .get, path: "/reports.xlsx", roles: nil),
            Route(method: .get, path: "/weeks", roles: nil),
            Route(method: .get, path: "/weeks/2026-W47", roles: nil),
            Route(method: .get, path: "/weeks/2026-W47.csv", roles: nil),
            Route(method: .get, path: "/meetings/2026-W47", roles: [.reviewer, .coordinator]),
            Route(method: .post, path: "/meetings/2026-W47/decisions", roles: [.reviewer, .coordinator]),
            Route(method: .post, path: "/meetings/2026-W47/notes", roles: [.reviewer, .coordinator]),
            Route(method: .post, path: "/meetings/2026-W47/close", roles: [.reviewer, .coordinator]),
            Route(method: .get, path: "/reports/new", roles: [.reporter]),
            Route(method: .post, path: "/reports/new", roles: [.reporter]),
            Route(method: .get, path: "/map/pick", roles: nil),
            Route(method: .get, path: "/map/locate?latitude=65.6&longitude=22.1", roles: nil),
            Route(method: .get, path: "/map/places?q=stor", roles: nil),
            Route(method: .get, path: "/analysis", roles: [.analyst, .coordinator]),
            Route(method: .get, path: "/analysis/points.csv", roles: [.analyst, .coordinator]),
            Route(method: .get, path: "/analysis/months/2026-10", roles: [.analyst, .coordinator]),
        ]
        for kind in ["trends", "hotspots", "density", "hottimes", "emerging"] {
            routes += [
                Route(method: .get, path: "/analysis/\(kind)", roles: [.analyst, .coordinator]),
                Route(method: .get, path: "/analysis/\(kind).csv", roles: [.analyst, .coordinator]),
            ]
        }
        for collection in ["users", "organisations", "indicators", "areas"] {
            let base = "/admin/\(collection)"
            routes += [
                Route(method: .get, path: base, roles: [.coordinator]),
                Route(method: .get, path: "\(base)/new", roles: [.coordinator]),
                Route(method: .post, path: "\(base)/new", roles: [.coordinator]),
                Route(method: .get, path: "\(base)/{id}/edit", roles: [.coordinator]),
                Route(method: .post, path: "\(base)/{id}/edit", roles: [.coordinator]),
                Route(method: .post, path: "\(base)/{id}/active", roles: [.coordinator]),
            ]
        }
        return routes
    }()

    static let apiRoutes: [Route] = [
        Route(method: .get, path: "/api/v1/me", roles: nil),
        Route(method: .get, path: "/api/v1/indicators", roles: nil),
        Route(method: .get, path: "/api/v1/areas", roles: nil),
        Route(method: .get, path: "/api/v1/organisations", roles: [.coordinator]),
        Route(method: .get, path: "/api/v1/areas/geojson", roles: nil),
        Route(method: .get, path: "/api/v1/reports", roles: nil),
        Route(method: .get, path: "/api/v1/weeks/2026-W47", roles: nil),
        Route(method: .get, path: "/api/v1/areas/locate?latitude=65.6&longitude=22.1", roles: nil),
        Route(method: .get, path: "/api/v1/places?q=stor", roles: nil),
        Route(method: .get, path: "/api/v1/analysis/trends", roles: [.analyst, .coordinator]),
        Route(method: .get, path: "/api/v1/analysis/hotspots", roles: [.analyst, .coordinator]),
        Route(method: .get, path: "/api/v1/analysis/density", roles: [.analyst, .coordinator]),
        Route(method: .get, path: "/api/v1/analysis/hottimes", roles: [.analyst, .coordinator]),
        Route(method: .get, path: "/api/v1/analysis/emerging", roles: [.analyst, .coordinator]),
        Route(method: .get, path: "/api/v1/analysis/months/2026-10", roles: [.analyst, .coordinator]),
    ]

    /// Replaces `{id}` with an existing record of the route's collection.
    static func concrete(_ route: Route, _ accounts: TestAccounts) async throws -> String {
        guard route.path.contains("{id}") else { return route.path }
        let municipalityID = accounts.municipality.id
        let id: UUID
        switch route.path.split(separator: "/")[1] {
        case "users": id = try await accounts.users.all()[0].id
        case "organisations": id = accounts.organisation.id
        case "indicators": id = try await IndicatorStore(accounts.database, municipalityID: municipalityID).all()[0].id
        default: id = try await AreaStore(accounts.database, municipalityID: municipalityID).all()[0].id
        }
        return route.path.replacingOccurrences(of: "{id}", with: id.uuidString)
    }

    @Test(arguments: TestEngine.available)
    func withoutASessionEveryPageIsRefused(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var browser = Browser(client)
            try await browser.get("/sign-in")
            for route in Self.webRoutes {
                let path = try await Self.concrete(route, accounts)
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
                for route in Self.webRoutes where route.roles.map({ !$0.contains(role) }) ?? false {
                    let path = try await Self.concrete(route, accounts)
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
            for route in Self.webRoutes where route.method == .post {
                let path = try await Self.concrete(route, accounts)
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
        for route in Self.apiRoutes + others.map({ Route(method: $0.1, path: $0.0, roles: nil) }) {
            let path = String(route.path.dropFirst("/api/v1".count).prefix { $0 != "?" }).replacingOccurrences(of: "2026-W47", with: "{week}")
                .replacingOccurrences(of: "2026-10", with: "{month}")
            let documented = paths[path]
            #expect(documented?[route.method.rawValue.lowercased()] != nil, "\(route)")
        }
    }
}
