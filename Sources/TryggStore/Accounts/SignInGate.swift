import Foundation
import TryggCore

/// Signs a person in by password under the sign-in limits: the one sequence both the sign-in page and
/// `POST /api/v1/auth/token` go through, so the limits cannot be forgotten on either.
public struct SignInGate: Sendable {
    let database: TryggDatabase
    let hashing: any PasswordHashing

    public init(_ database: TryggDatabase, hashing: any PasswordHashing) {
        self.database = database
        self.hashing = hashing
    }

    public enum Outcome: Sendable, Equatable {
        case signedIn(User)
        /// Wrong username or password, or a deactivated account: the same answer for each.
        case refused
        case throttled(retryAfter: TimeInterval)
    }

    public func attempt(username: String, password: String, address: String) async throws -> Outcome {
        let name = username.trimmingCharacters(in: .whitespaces).lowercased()
        let attempts = SignInAttemptLog(database)
        if case .blocked(let wait) = try await attempts.verdict(username: name, address: address) {
            return .throttled(retryAfter: wait)
        }
        guard let municipality = try await MunicipalityStore(database).current(),
            let user = try await UserStore(database, municipalityID: municipality.id, hashing: hashing)
                .authenticate(username: name, password: password)
        else {
            try await attempts.record(username: name, address: address, succeeded: false)
            return .refused
        }
        try await attempts.record(username: name, address: address, succeeded: true)
        return .signedIn(user)
    }
}
