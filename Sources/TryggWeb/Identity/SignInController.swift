import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// Signing in and out of the web pages.
struct SignInController {
    let storage: Storage
    let renderer: PageRenderer
    let clientAddress: ClientAddress
    let sessionKeyPrefix: String

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, .signIn) { request, context in showForm(request, context) }
        router.on(.post, .signIn) { request, context in try await signIn(request, context) }
        router.on(.post, .signOut) { _, context in signOut(context) }
    }

    func showForm(_ request: Request, _ context: AppRequestContext) -> Response {
        if context.identity != nil { return Response.redirect(to: Route.home.path) }
        let next = request.uri.queryParameters["next"].map(String.init)
        let query = request.uri.queryParameters
        let notice =
            query["signedOut"] != nil
            ? renderer.texts(context)["signin_signed_out"]
            : query["passwordSet"] != nil ? renderer.texts(context)["password_set_sign_in"] : nil
        return form(request, context, username: "", next: next, error: nil, notice: notice)
    }

    func signIn(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await request.form()
        let username = form["username"].trimmingCharacters(in: .whitespaces).lowercased()
        let next = LocalLink.safe(form["next"].isEmpty ? nil : form["next"])
        let texts = renderer.texts(context)
        let user: User
        switch try await storage.signInGate
            .attempt(
                username: username, password: form["password"], address: clientAddress.of(request, context: context))
        {
        case .throttled(let wait):
            let minutes = max(1, Int((wait / 60).rounded(.up)))
            let message = texts["signin_throttled"].replacingOccurrences(of: "{minutes}", with: String(minutes))
            var response = self.form(
                request, context, username: username, next: next, error: message, status: .tooManyRequests)
            response.headers[.retryAfter] = String(Int(wait.rounded(.up)))
            return response
        case .refused:
            return self.form(
                request, context, username: username, next: next, error: texts["signin_failed"], status: .unauthorized)
        case .signedIn(let signedIn):
            user = signedIn
        }
        // A new session id at sign-in, so an id planted before sign-in is worth nothing after it.
        if let oldID = request.cookies[SessionConfiguration.cookieName]?.value {
            try await storage.sessions.remove(key: sessionKeyPrefix + oldID)
        }
        context.sessions.createSession(WebSession(userID: user.id, signedInAt: Date()))
        context.logger.info("signed in", metadata: ["user": .string(user.username)])
        return Response.redirect(to: next)
    }

    func signOut(_ context: AppRequestContext) -> Response {
        context.sessions.clearSession()
        return Response.redirect(to: Route.signIn.path + "?signedOut=1")
    }

    private func form(
        _ request: Request, _ context: AppRequestContext, username: String, next: String?, error: String?,
        notice: String? = nil, status: HTTPResponse.Status = .ok
    ) -> Response {
        let texts = renderer.texts(context)
        return renderer.page(
            "sign-in", title: texts["signin_title"],
            page: Page(username: username, next: next ?? "", error: error, notice: notice),
            request: request, context: context, status: status
        )
    }

    /// The sign-in form as typed, with why it was refused or what happened (signed out, password changed).
    struct Page: Sendable {
        var username: String
        var next: String
        var error: String?
        var notice: String?
    }
}
