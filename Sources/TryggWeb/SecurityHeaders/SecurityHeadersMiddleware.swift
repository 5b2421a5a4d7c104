import Hummingbird

/// Headers that keep pages from being framed, sniffed or leaking their address.
struct SecurityHeadersMiddleware: RouterMiddleware {
    /// A tile server the maps may load background images from.
    var imageOrigin: String? = nil

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.init("X-Content-Type-Options")!] = "nosniff"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        response.headers[.init("Referrer-Policy")!] = "same-origin"
        if response.headers[.contentSecurityPolicy] == nil {
            let images = ["'self'", "data:", imageOrigin].compactMap { $0 }.joined(separator: " ")
            response.headers[.contentSecurityPolicy] =
                "default-src 'self'; img-src \(images); style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'"
        }
        return response
    }
}
