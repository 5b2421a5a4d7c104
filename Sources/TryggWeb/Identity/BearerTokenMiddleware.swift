import Hummingbird
import HummingbirdAuth
import TryggCore
import TryggStore

/// Signs API requests in by their `Authorization: Bearer` personal access token.
struct BearerTokenMiddleware: RouterMiddleware {
    let database: TryggDatabase
    let hashing: any PasswordHashing

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let bearer = request.headers.bearer?.token {
            guard let userID = try await AccessTokenStore(database).userID(forSecret: bearer),
                let signedIn = try await SignedInUserLoader(database: database, hashing: hashing).load(
                    userID, via: .token)
            else { throw AppError.unauthenticated }
            context.identity = signedIn
        }
        return try await next(request, context)
    }
}
