import Foundation
import Hummingbird
import TryggCore

/// Turns every error of the API into problem+json (RFC 9457): scripts read a status, a type and field errors,
/// never an HTML page.
struct ProblemMiddleware: RouterMiddleware {
    let catalogue: StringCatalogue

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let appError = AppError.classify(error, logger: context.logger)
            return ProblemDetails(
                appError, error: error, texts: Texts(catalogue: catalogue, language: context.language),
                requestID: context.id
            ).response()
        }
    }
}
