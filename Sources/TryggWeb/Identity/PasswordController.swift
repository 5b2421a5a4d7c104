import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// Passwords without a help desk: a user changes their own; a coordinator issues a one-time reset link
/// (shown once, for the coordinator to pass on); the link sets a new one. Every session begun before a
/// change ends; the browser that made the change stays signed in with a new session.
struct PasswordController {
    let database: TryggDatabase
    let hashing: any PasswordHashing
    let renderer: PageRenderer
    /// Whether the site is served over HTTPS, for the link shown to the coordinator.
    let secure: Bool
    /// The address people open Trygg at (`TRYGG_PUBLIC_URL`), when known: better than the Host header behind a proxy.
    let publicURL: String?
    let clientAddress: ClientAddress

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, .password) { request, context, signedIn in
            let texts = renderer.texts(context)
            return page(
                request, context,
                PasswordPage(
                    action: Route.password.path, asksCurrent: true, intro: texts["password_intro"],
                    username: signedIn.user.username, texts: texts,
                    notice: request.uri.queryParameters["changed"] != nil ? texts["password_changed"] : nil))
        }
        router.on(.post, .password) { request, context, _ in try await change(request, context) }
        router.on(.post, .issueReset(.key)) { request, context, _ in try await issue(request, context) }
        router.on(.get, .passwordReset(.key)) { request, context in try await resetForm(request, context) }
        router.on(.post, .passwordReset(.key)) { request, context in try await redeem(request, context) }
    }

    func changes(_ municipality: Municipality) -> PasswordChanges {
        PasswordChanges(database, municipalityID: municipality.id, hashing: hashing)
    }

    func change(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let signedIn = try context.requireUser()
        let texts = renderer.texts(context)
        var request = request
        let form = try await request.form()
        // Guessing the current password from a stolen session meets the same limits as signing in.
        let attempts = SignInAttemptLog(database)
        let address = clientAddress.of(request, context: context)
        if case .blocked(let wait) = try await attempts.verdict(username: signedIn.user.username, address: address) {
            throw AppError.throttled(retryAfterSeconds: Int(wait.rounded(.up)))
        }
        let changedAt: Date
        do {
            changedAt = try await changes(signedIn.municipality).change(
                signedIn.user.id, current: form["current"], new: form["password"], repeated: form["repeated"])
        } catch let failure as ValidationFailure {
            if failure.errors.contains(where: { $0.problem == .wrongPassword }) {
                try await attempts.record(username: signedIn.user.username, address: address, succeeded: false)
            }
            return page(
                request, context,
                PasswordPage(
                    action: Route.password.path, asksCurrent: true, intro: texts["password_intro"],
                    username: signedIn.user.username, errors: failure.errors, texts: texts),
                status: .unprocessableContent)
        }
        // Every other session has ended; this browser goes on in a new one.
        context.sessions.createSession(WebSession(userID: signedIn.user.id, signedInAt: changedAt))
        context.logger.info("password changed", metadata: ["user": .string(signedIn.user.username)])
        return Response.redirect(to: Route.password.path + "?changed=1")
    }

    func issue(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let signedIn = try context.requireUser()
        let texts = renderer.texts(context)
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let user = try await signedIn.stores.users(hashing: hashing).find(
                id)
        else { throw AppError.notFound }
        let token = try await changes(signedIn.municipality).issueReset(for: id, by: signedIn.user.id)
        let origin = publicURL ?? (secure ? "https://" : "http://") + (request.head.authority ?? "127.0.0.1")
        context.logger.info(
            "password reset issued", metadata: ["user": .string(user.username), "by": .string(signedIn.user.username)])
        return renderer.page(
            "reset-issued", title: texts["reset_issued_title"],
            page: ResetIssuedPage(
                intro: texts["reset_issued_intro"].replacingOccurrences(
                    of: "{user}", with: "\(user.displayName) (\(user.username))"),
                link: origin + Route.passwordReset(.value(token)).path, usersHref: Route.admin(.users).path
            ), request: request, context: context)
    }

    func resetForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let texts = renderer.texts(context)
        let token = context.parameters.get("token") ?? ""
        guard let municipality = try await MunicipalityStore(database).cached(),
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
        guard let municipality = try await MunicipalityStore(database).cached() else {
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
