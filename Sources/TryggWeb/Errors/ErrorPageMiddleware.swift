import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// Turns every error on the pages into an HTML page that says what happened in the reader's language and
/// keeps their context (who is signed in, the menu); a page that needs sign-in sends them there and back.
struct ErrorPageMiddleware: RouterMiddleware {
    let renderer: PageRenderer

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let appError = AppError.classify(error, logger: context.logger)
            if appError == .some(.unauthenticated), request.method == .get {
                let next = request.uri.path + (request.uri.query.map { "?\($0)" } ?? "")
                return Response.redirect(to: Route.signIn.with(query: [("next", next)]))
            }
            return errorPage(appError, error: error, request: request, context: context)
        }
    }

    func errorPage(_ appError: AppError?, error: any Error, request: Request, context: AppRequestContext) -> Response {
        let texts = renderer.texts(context)
        let status = appError?.status ?? (error as? HTTPError)?.status ?? .internalServerError
        let key = appError?.messageKey ?? (status == .notFound ? "error_not_found" : "error_internal")
        var headers = HTTPFields()
        if case .throttled(let seconds) = appError { headers[.retryAfter] = String(seconds) }
        var response = renderer.page(
            "error", title: texts["error_title"],
            page: ErrorPage(
                message: texts[key], status: status.code, requestID: context.id,
                signInLink: appError == .some(.unauthenticated)),
            request: request, context: context, status: status
        )
        response.headers.append(contentsOf: headers)
        return response
    }
}
