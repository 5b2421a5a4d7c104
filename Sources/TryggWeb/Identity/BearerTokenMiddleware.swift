import Hummingbird
import HummingbirdAuth
import TryggCore
import TryggStore

/// Signs API requests in by their `Authorization: Bearer` personal access token.
struct BearerTokenMiddleware: RouterMiddleware {
    let storage: Storage

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let bearer = request.headers.bearer?.token {
            guard let userID = try await storage.accessTokens.userID(forSecret: bearer),
                let signedIn = try await SignedInUser.load(userID, via: .token, from: storage)
            else { throw AppError.unauthenticated }
            context.identity = signedIn
        }
        return try await next(request, context)
    }
}
