import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// `POST /api/v1/account/password` changes one's own password (behind the sign-in throttle);
/// `POST /api/v1/admin/users/{id}/password-reset` gives a coordinator a one-time reset link to hand over.
struct PasswordAPI {
    let desk: PasswordDesk

    struct Change: Decodable {
        var current: String?
        var password: String?
        var repeated: String?
    }

    struct Changed: Encodable {
        var changedAt: Date
    }

    struct Issued: Encodable {
        var username: String
        var link: String
        var expiresAt: Date
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.post, APIRoute.password) { request, context, signedIn in
            var request = request
            let body = try await request.json(Change.self)
            let changedAt = try await desk.change(
                signedIn, current: body.current ?? "", new: body.password ?? "",
                repeated: body.repeated ?? body.password ?? "", request: request, context: context)
            // Every browser session begun before now has ended; tokens, this one included, go on working.
            return try JSONResponse.make(Changed(changedAt: changedAt))
        }
        router.on(.post, APIRoute.passwordReset(.key)) { request, context, signedIn in
            let issued = Date()
            let (user, link) = try await desk.issue(
                for: try context.id(), by: signedIn, request: request, context: context)
            return try JSONResponse.make(
                Issued(
                    username: user.username, link: link,
                    expiresAt: issued.addingTimeInterval(PasswordChanges.resetLifetime)),
                status: .created)
        }
    }
}
