import Hummingbird

/// Echoes the request id (also in every log line as `hb.request.id`) so a user's report can be traced.
struct RequestIDMiddleware: RouterMiddleware {
    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.init("X-Request-Id")!] = context.id
        return response
    }
}
