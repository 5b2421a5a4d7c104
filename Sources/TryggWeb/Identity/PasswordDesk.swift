import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// What the password page and the API share: changing one's own password behind the sign-in throttle, and a
/// coordinator issuing a one-time reset link.
struct PasswordDesk: Sendable {
    let storage: Storage
    let clientAddress: ClientAddress
    /// Whether the site is served over HTTPS, for the link handed to the coordinator.
    let secure: Bool
    /// The address people open Trygg at (`TRYGG_PUBLIC_URL`), when known: better than the Host header behind a proxy.
    let publicURL: String?

    /// Changes the signed-in person's password; returns when, so the caller can start a session from then.
    /// Throws `AppError.throttled` after too many wrong current passwords, `ValidationFailure` for a bad form.
    func change(
        _ signedIn: SignedInUser, current: String, new: String, repeated: String, request: Request,
        context: AppRequestContext
    ) async throws -> Date {
        // Guessing the current password with a stolen session or token meets the same limits as signing in.
        let attempts = storage.signInAttempts
        let username = signedIn.user.username
        let address = clientAddress.of(request, context: context)
        if case .blocked(let wait) = try await attempts.verdict(username: username, address: address) {
            throw AppError.throttled(retryAfterSeconds: Int(wait.rounded(.up)))
        }
        do {
            let changedAt = try await storage.passwordChanges(of: signedIn.municipality.id)
                .change(signedIn.user.id, current: current, new: new, repeated: repeated)
            context.logger.info("password changed", metadata: ["user": .string(username)])
            return changedAt
        } catch let failure as ValidationFailure {
            if failure.errors.contains(where: { $0.problem == .wrongPassword }) {
                try await attempts.record(username: username, address: address, succeeded: false)
            }
            throw failure
        }
    }

    /// A reset link for one user of the coordinator's municipality, shown once.
    func issue(
        for userID: UUID, by signedIn: SignedInUser, request: Request, context: AppRequestContext
    ) async throws -> (user: User, link: String) {
        guard let user = try await signedIn.stores.users.find(userID) else { throw AppError.notFound }
        let token = try await storage.passwordChanges(of: signedIn.municipality.id)
            .issueReset(for: userID, by: signedIn.user.id)
        let origin = publicURL ?? (secure ? "https://" : "http://") + (request.head.authority ?? "127.0.0.1")
        context.logger.info(
            "password reset issued", metadata: ["user": .string(user.username), "by": .string(signedIn.user.username)])
        return (user, origin + Route.passwordReset(.value(token)).path)
    }
}
