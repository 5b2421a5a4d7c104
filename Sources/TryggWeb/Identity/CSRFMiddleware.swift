import Hummingbird

/// Refuses any state-changing form post whose `_csrf` field does not match the session's token.
///
/// The session cookie is SameSite=Lax already; the token also covers browsers and proxies that
/// ignore SameSite, as OWASP recommends.
struct CSRFMiddleware: RouterMiddleware {
    static let fieldName = "_csrf"

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        guard ![.get, .head, .options].contains(request.method) else { return try await next(request, context) }
        var request = request
        let form = try await request.form()
        let sent = form[Self.fieldName].isEmpty ? request.headers[.init("X-CSRF-Token")!] ?? "" : form[Self.fieldName]
        guard let expected = context.sessions.session?.csrfToken, !sent.isEmpty,
            Self.constantTimeEquals(sent, expected)
        else {
            throw AppError.csrfMismatch
        }
        return try await next(request, context)
    }

    static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
