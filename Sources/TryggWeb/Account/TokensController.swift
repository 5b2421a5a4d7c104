import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// Each user's personal access tokens for the API: create (shown once), list, revoke.
struct TokensController {
    let database: TryggDatabase
    let renderer: PageRenderer

    func register(on router: RouterGroup<AppRequestContext>) {
        router.get(RouterPath(SitePath.tokens)) { request, context in try await page(request, context, newSecret: nil) }
        router.post(RouterPath(SitePath.tokens)) { request, context in
            let signedIn = try context.requireUser()
            var request = request
            let name = try await request.form()["name"].trimmingCharacters(in: .whitespaces)
            let issued = try await AccessTokenStore(database).issue(to: signedIn.user.id, name: name)
            return try await page(request, context, newSecret: issued.secret)
        }
        router.post(RouterPath("\(SitePath.tokens)/:id/revoke")) { request, context in
            let signedIn = try context.requireUser()
            guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw AppError.notFound }
            do {
                try await AccessTokenStore(database).revoke(id, of: signedIn.user.id)
            } catch StoreError.notFound {
                throw AppError.notFound
            }
            return Response.redirect(to: SitePath.tokens)
        }
    }

    func page(_ request: Request, _ context: AppRequestContext, newSecret: String?) async throws -> Response {
        let signedIn = try context.requireUser()
        let texts = renderer.texts(context)
        let now = Date()
        let tokens = try await AccessTokenStore(database).tokens(of: signedIn.user.id).map { token -> [String: Any] in
            [
                "name": token.name, "created": Self.day(token.createdAt), "expires": Self.day(token.expiresAt),
                "lastUsed": token.lastUsedAt.map(Self.day) ?? "–",
                "status": texts[token.revokedAt != nil ? "tokens_revoked" : (token.isUsable(at: now) ? "tokens_active" : "tokens_expired")],
                "revocable": token.isUsable(at: now), "revokeHref": SitePath.revokeToken(token.id),
            ]
        }
        return renderer.page(
            "tokens", title: texts["tokens_title"],
            content: ["tokens": tokens, "hasTokens": !tokens.isEmpty, "newSecret": newSecret as Any, "action": SitePath.tokens],
            request: request, context: context, status: newSecret == nil ? .ok : .created
        )
    }

    static func day(_ date: Date) -> String {
        LocalTime.day(date)
    }
}
