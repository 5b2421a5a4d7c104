import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// Puts the session's user (if any, and still active) on the context.
struct SessionUserMiddleware: RouterMiddleware {
    let database: TryggDatabase
    let hashing: any PasswordHashing

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let session = context.sessions.session, let userID = session.userID {
            let loaded = try await SignedInUserLoader(database: database, hashing: hashing).load(userID, via: .session)
            // A deactivated user's session ends at their next request, and so does every session begun
            // before the password last changed (on every instance: the change is in the database).
            context.identity = loaded.flatMap { $0.user.sessionHolds(signedInAt: session.signedInAt) ? $0 : nil }
            if context.identity == nil { context.sessions.clearSession() }
        }
        return try await next(request, context)
    }
}

/// Loads a user and their municipality for a request.
struct SignedInUserLoader {
    let database: TryggDatabase
    let hashing: any PasswordHashing

    func load(_ userID: UUID, via method: SignedInUser.Method) async throws -> SignedInUser? {
        guard let municipality = try await MunicipalityStore(database).cached() else { return nil }
        let users = UserStore(database, municipalityID: municipality.id, hashing: hashing)
        guard let user = try await users.find(userID), user.active else { return nil }
        return SignedInUser(
            user: user, municipality: municipality, via: method,
            stores: MunicipalityStores(database, municipalityID: municipality.id))
    }
}
