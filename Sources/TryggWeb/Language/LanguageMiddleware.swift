import Hummingbird
import TryggCore

/// Chooses the page language: the switch's cookie if set, else the browser's `Accept-Language`, else Swedish.
struct LanguageMiddleware: RouterMiddleware {
    static let cookieName = "trygg_lang"

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let chosen = request.cookies[Self.cookieName].flatMap({ Language(rawValue: $0.value) }) {
            context.language = chosen
        } else {
            context.language = Language.negotiate(acceptLanguage: request.headers[.acceptLanguage])
        }
        return try await next(request, context)
    }
}
