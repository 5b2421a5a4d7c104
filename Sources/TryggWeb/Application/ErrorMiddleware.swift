import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// Turns every error into what its audience reads: problem+json (RFC 9457) under `/api/`, an HTML page elsewhere.
struct ErrorMiddleware: RouterMiddleware {
    let renderer: PageRenderer

    func handle(_ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let appError = Self.classify(error)
            if appError == nil { context.logger.error("request failed: \(String(reflecting: error))") }
            let isAPI = request.uri.path.hasPrefix("/api/")
            if isAPI {
                return Problem(appError, error: error, texts: renderer.texts(context), requestID: context.id).response()
            }
            if appError == .some(.unauthenticated), request.method == .get {
                let next = request.uri.path + (request.uri.query.map { "?\($0)" } ?? "")
                return Response.redirect(to: SitePath.signIn + "?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
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
            content: ["message": texts[key], "status": status.code, "requestID": context.id,
                      "signInLink": appError == .some(.unauthenticated)],
            request: request, context: context, status: status
        )
        response.headers.append(contentsOf: headers)
        return response
    }

    /// Maps the errors of the lower layers onto the web's.
    static func classify(_ error: any Error) -> AppError? {
        switch error {
        case let error as AppError: return error
        case let failure as ValidationFailure: return .invalid(failure.errors)
        case let refusal as ReportRefusal: return .refusedReport(refusal.validation)
        case StoreError.conflict: return .conflict
        case StoreError.notFound: return .notFound
        case let error as HTTPError where error.status == .notFound: return .notFound
        case let error as HTTPError where error.status == .unauthorized: return .unauthenticated
        case let error as HTTPError where error.status.code < 500: return .badRequest(error.body ?? error.status.reasonPhrase)
        default: return nil
        }
    }
}

extension AppError: Equatable {
    public static func == (lhs: AppError, rhs: AppError) -> Bool {
        lhs.messageKey == rhs.messageKey
    }
}
