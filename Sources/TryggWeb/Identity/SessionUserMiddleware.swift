import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// Puts the session's user (if any, and still active) on the context.
struct SessionUserMiddleware: RouterMiddleware {
    let storage: Storage

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let session = context.sessions.session, let userID = session.userID {
            let loaded = try await SignedInUser.load(userID, via: .session, from: storage)
            // A deactivated user's session ends at their next request, and so does every session begun
            // before the password last changed (on every instance: the change is in the database).
            context.identity = loaded.flatMap { $0.user.sessionHolds(signedInAt: session.signedInAt) ? $0 : nil }
            if context.identity == nil { context.sessions.clearSession() }
        }
        return try await next(request, context)
    }
}

extension SignedInUser {
    /// An active user with their municipality and its stores, once per request; nil for anyone else.
    static func load(_ userID: UUID, via method: Method, from storage: Storage) async throws -> SignedInUser? {
        guard let (user, municipality, stores) = try await storage.activeUser(userID) else { return nil }
        return SignedInUser(user: user, municipality: municipality, via: method, stores: stores)
    }
}
