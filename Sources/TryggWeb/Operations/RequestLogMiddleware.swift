import Hummingbird
import Logging

/// Logs each request's method, path and status. A password-reset link's token is a secret for a day: the
/// path is logged without it (Hummingbird's own request logger writes the whole URI).
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let path = Self.redacted(request.uri.path)
        do {
            let response = try await next(request, context)
            context.logger.info("\(request.method) \(path) \(response.status.code)")
            return response
        } catch {
            context.logger.info("\(request.method) \(path) failed")
            throw error
        }
    }

    static func redacted(_ path: String) -> String {
        path.hasPrefix(Route.passwordReset(.value("")).path) ? Route.passwordReset(.value("…")).path : path
    }
}
