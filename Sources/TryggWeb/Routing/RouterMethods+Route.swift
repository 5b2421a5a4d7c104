import Foundation
import HTTPTypes
import Hummingbird
import TryggCore

extension RouterMethods where Context == AppRequestContext {
    /// Registers a route anyone may open (sign-in, the style sheet, a reset link).
    @discardableResult
    func on(
        _ method: HTTPRequest.Method, _ route: Route,
        use handler: @escaping @Sendable (Request, AppRequestContext) async throws -> Response
    ) -> Self {
        open(method, route.path, access: Self.access(method, route), use: handler)
    }

    /// Registers a route for signed-in people: the router admits only those its access allows and refuses a
    /// malformed parameter with a 404, so the handler gets the person and never checks roles itself.
    @discardableResult
    func on(
        _ method: HTTPRequest.Method, _ route: Route,
        use handler: @escaping @Sendable (Request, AppRequestContext, SignedInUser) async throws -> Response
    ) -> Self {
        guarded(method, route.path, access: Self.access(method, route), use: handler)
    }

    /// Registers an API endpoint anyone may call (issuing a token, the OpenAPI document).
    @discardableResult
    func on(
        _ method: HTTPRequest.Method, _ route: APIRoute,
        use handler: @escaping @Sendable (Request, AppRequestContext) async throws -> Response
    ) -> Self {
        open(method, route.path, access: Self.access(method, route), use: handler)
    }

    /// Registers an API endpoint for callers with a token: only those its access allows get to the handler.
    @discardableResult
    func on(
        _ method: HTTPRequest.Method, _ route: APIRoute,
        use handler: @escaping @Sendable (Request, AppRequestContext, SignedInUser) async throws -> Response
    ) -> Self {
        guarded(method, route.path, access: Self.access(method, route), use: handler)
    }

    /// A page's access, refusing to register one missing from `Route.endpoints`.
    private static func access(_ method: HTTPRequest.Method, _ route: Route) -> Route.Access {
        precondition(
            Route.endpoints.contains(Endpoint(method: method, route: route)),
            "\(method) \(route) is missing from Route.endpoints")
        return route.access
    }

    /// An API endpoint's access, refusing to register one missing from `APIRoute.endpoints`.
    private static func access(_ method: HTTPRequest.Method, _ route: APIRoute) -> Route.Access {
        guard let endpoint = APIRoute.endpoint(method, route) else {
            preconditionFailure("\(method) \(route.path) is missing from APIRoute.endpoints")
        }
        return endpoint.access
    }

    private func open(
        _ method: HTTPRequest.Method, _ path: String, access: Route.Access,
        use handler: @escaping @Sendable (Request, AppRequestContext) async throws -> Response
    ) -> Self {
        precondition(
            access == .anyone, "\(path) needs a signed-in person: register it with the handler that receives one")
        return on(RouterPath(path), method: method) { request, context in
            try Route.checkParameters(context.parameters)
            return try await handler(request, context)
        }
    }

    private func guarded(
        _ method: HTTPRequest.Method, _ path: String, access: Route.Access,
        use handler: @escaping @Sendable (Request, AppRequestContext, SignedInUser) async throws -> Response
    ) -> Self {
        precondition(
            access != .anyone, "\(path) is open to anyone: register it with the handler that receives no person")
        return on(RouterPath(path), method: method) { request, context in
            let signedIn = try access.admit(context)
            try Route.checkParameters(context.parameters)
            return try await handler(request, context, signedIn)
        }
    }
}

extension Route.Access {
    /// The signed-in person, if this access lets them in.
    func admit(_ context: AppRequestContext) throws -> SignedInUser {
        let signedIn = try context.requireUser()
        if case .capable(let capability) = self, !signedIn.user.can(capability) { throw AppError.forbidden }
        return signedIn
    }
}

extension Route {
    /// Every parameter decoded once, here: a malformed one (not a UUID, not an ISO week) is a page that does not exist.
    static func checkParameters(_ parameters: Parameters) throws {
        for (name, value) in parameters {
            guard Self.readable(String(name), String(value)) else { throw AppError.notFound }
        }
    }

    static func readable(_ name: String, _ value: String) -> Bool {
        switch name {
        case "id": UUID(uuidString: value) != nil
        // A week's page or one of its files: 2026-W48, 2026-W48.csv, 2026-W48.geojson.
        case "week": value.split(separator: ".", maxSplits: 1).first.flatMap { ISOWeek(String($0)) } != nil
        case "month": AnalysisPeriod.month(value) != nil
        case "code": Language(rawValue: value) != nil
        default: true
        }
    }
}

extension AppRequestContext {
    /// The route's `:id`, already checked by the router.
    func id() throws -> UUID {
        guard let id = parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw AppError.notFound }
        return id
    }

    /// The route's `:week` without a file suffix, already checked by the router.
    func week() throws -> ISOWeek {
        guard
            let week = parameters.get("week")?.split(separator: ".", maxSplits: 1).first.flatMap({ ISOWeek(String($0)) }
            )
        else {
            throw AppError.notFound
        }
        return week
    }
}
