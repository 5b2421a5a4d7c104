import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// Passwords without a help desk: a user changes their own; a coordinator issues a one-time reset link
/// (shown once, for the coordinator to pass on); the link sets a new one. Every session begun before a
/// change ends; the browser that made the change stays signed in with a new session.
struct PasswordController {
    let desk: PasswordDesk
    let renderer: PageRenderer
    var storage: Storage { desk.storage }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, Route.password) { request, context, signedIn in
            let texts = renderer.texts(context)
            return page(
                request, context,
                PasswordPage(
                    action: Route.password.path, asksCurrent: true, intro: texts["password_intro"],
                    username: signedIn.user.username, texts: texts,
                    notice: request.uri.queryParameters["changed"] != nil ? texts["password_changed"] : nil))
        }
        router.on(.post, Route.password) { request, context, _ in try await change(request, context) }
        router.on(.post, .issueReset(.key)) { request, context, _ in try await issue(request, context) }
        router.on(.get, Route.passwordReset(.key)) { request, context in try await resetForm(request, context) }
        router.on(.post, Route.passwordReset(.key)) { request, context in try await redeem(request, context) }
    }

    func changes(_ municipality: Municipality) -> PasswordChanges {
        storage.passwordChanges(of: municipality.id)
    }

    func change(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let signedIn = try context.requireUser()
        let texts = renderer.texts(context)
        var request = request
        let form = try await request.form()
        let changedAt: Date
        do {
            changedAt = try await desk.change(
                signedIn, current: form["current"], new: form["password"], repeated: form["repeated"],
                request: request, context: context)
        } catch let failure as ValidationFailure {
            return page(
                request, context,
                PasswordPage(
                    action: Route.password.path, asksCurrent: true, intro: texts["password_intro"],
                    username: signedIn.user.username, errors: failure.errors, texts: texts),
                status: .unprocessableContent)
        }
        // Every other session has ended; this browser goes on in a new one.
        context.sessions.createSession(WebSession(userID: signedIn.user.id, signedInAt: changedAt))
        return Response.redirect(to: Route.password.path + "?changed=1")
    }

    func issue(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let signedIn = try context.requireUser()
        let texts = renderer.texts(context)
        let (user, link) = try await desk.issue(for: try context.id(), by: signedIn, request: request, context: context)
        return renderer.page(
            "reset-issued", title: texts["reset_issued_title"],
            page: ResetIssuedPage(
                intro: texts["reset_issued_intro"].replacingOccurrences(
                    of: "{user}", with: "\(user.displayName) (\(user.username))"),
                link: link, usersHref: Route.admin(.users).path
            ), request: request, context: context)
    }

    func resetForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let texts = renderer.texts(context)
        let token = context.parameters.get("token") ?? ""
        guard let municipality = try await storage.municipalities.cached(),
            let user = try await changes(municipality).resetUser(token)
        else { return expired(request, context) }
        return page(
            request, context,
            PasswordPage(
                action: Route.passwordReset(.value(token)).path, asksCurrent: false, intro: texts["reset_intro"],
                username: user.username, texts: texts))
    }

    func redeem(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let texts = renderer.texts(context)
        let token = context.parameters.get("token") ?? ""
        guard let municipality = try await storage.municipalities.cached() else {
            return expired(request, context)
        }
        var request = request
        let form = try await request.form()
        do {
            let user = try await changes(municipality).redeem(token, new: form["password"], repeated: form["repeated"])
            context.logger.info("password set by reset link", metadata: ["user": .string(user.username)])
        } catch let failure as ValidationFailure {
            if failure.errors.contains(where: { $0.field == "token" }) { return expired(request, context) }
            return page(
                request, context,
                PasswordPage(
                    action: Route.passwordReset(.value(token)).path, asksCurrent: false, intro: texts["reset_intro"],
                    errors: failure.errors, texts: texts), status: .unprocessableContent)
        }
        return Response.redirect(to: Route.signIn.path + "?passwordSet=1")
    }

    /// A used, expired or unknown link: said plainly, with whom to ask for a new one.
    func expired(_ request: Request, _ context: AppRequestContext) -> Response {
        let texts = renderer.texts(context)
        return renderer.page(
            "error", title: texts["reset_expired_title"],
            page: ErrorPage(message: texts["reset_expired"], status: 410, requestID: context.id),
            request: request, context: context, status: .gone)
    }

    func page(
        _ request: Request, _ context: AppRequestContext, _ model: PasswordPage, status: HTTPResponse.Status = .ok
    ) -> Response {
        let texts = renderer.texts(context)
        return renderer.page(
            "password", title: texts[model.asksCurrent ? "password_title" : "reset_title"], page: model,
            request: request, context: context, status: status)
    }
}

/// The one-time link a coordinator hands over, shown once.
struct ResetIssuedPage: Sendable {
    var intro: String
    var link: String
    var usersHref: String
}
