import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// Each user's personal access tokens for the API: create (shown once), list, revoke.
struct TokensController {
    let renderer: PageRenderer

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, Route.tokens) { request, context, _ in try await page(request, context, newSecret: nil) }
        router.on(.post, Route.tokens) { request, context, signedIn in
            var request = request
            let name = try await request.form()["name"].trimmingCharacters(in: .whitespaces)
            let issued = try await signedIn.stores.tokens.issue(to: signedIn.user.id, name: name)
            return try await page(request, context, newSecret: issued.secret)
        }
        router.on(.post, Route.revokeToken(.key)) { request, context, signedIn in
            guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw AppError.notFound }
            do {
                try await signedIn.stores.tokens.revoke(id, of: signedIn.user.id)
            } catch StoreError.notFound {
                throw AppError.notFound
            }
            return Response.redirect(to: Route.tokens.path)
        }
    }

    func page(_ request: Request, _ context: AppRequestContext, newSecret: String?) async throws -> Response {
        let signedIn = try context.requireUser()
        let texts = renderer.texts(context)
        let now = Date()
        let tokens = try await signedIn.stores.tokens.tokens(of: signedIn.user.id).map { token in
            TokensPage.Row(
                name: token.name, created: Self.day(token.createdAt), expires: Self.day(token.expiresAt),
                lastUsed: token.lastUsedAt.map(Self.day) ?? "–",
                status: texts[
                    token.revokedAt != nil
                        ? "tokens_revoked" : (token.isUsable(at: now) ? "tokens_active" : "tokens_expired")],
                revocable: token.isUsable(at: now), revokeHref: Route.revokeToken(.value(token.id)).path
            )
        }
        return renderer.page(
            "tokens", title: texts["tokens_title"],
            page: TokensPage(tokens: tokens, newSecret: newSecret, action: Route.tokens.path),
            request: request, context: context, status: newSecret == nil ? .ok : .created
        )
    }

    static func day(_ date: Date) -> String {
        LocalTime.day(date)
    }
}

/// The user's API tokens, and a new one's secret the one time it is shown.
struct TokensPage: Sendable {
    struct Row: Sendable {
        var name: String
        var created: String
        var expires: String
        var lastUsed: String
        var status: String
        var revocable: Bool
        var revokeHref: String
    }

    var tokens: [Row]
    var newSecret: String?
    var action: String
}
