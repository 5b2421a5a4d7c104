import FluentKit
import Foundation
import TryggCore

/// Records sign-in attempts in the database so every app instance applies the same limit.
public struct SignInAttemptLog: Sendable {
    let database: TryggDatabase
    let throttle: SignInThrottle

    public init(_ database: TryggDatabase, throttle: SignInThrottle = SignInThrottle()) {
        self.database = database
        self.throttle = throttle
    }

    /// Whether a sign-in for this username from this address may be tried now.
    public func verdict(username: String, address: String, now: Date = Date()) async throws -> SignInThrottle.Verdict {
        let since = now.addingTimeInterval(-throttle.window)
        let byUsername = try await failures(since: since).filter(\.$username == username.lowercased()).all()
        let byAddress = try await failures(since: since).filter(\.$address == address).all()
        return throttle.verdict(
            usernameFailures: byUsername.map(\.attemptedAt), addressFailures: byAddress.map(\.attemptedAt), now: now
        )
    }

    /// Records an attempt; a success clears the username's earlier failures.
    public func record(username: String, address: String, succeeded: Bool, now: Date = Date()) async throws {
        let name = username.lowercased()
        if succeeded {
            try await SignInAttemptRecord.query(on: database.db).filter(\.$username == name).delete()
        } else {
            try await SignInAttemptRecord(username: name, address: address, succeeded: false, at: now)
                .create(on: database.db)
        }
        // Old rows tell nothing about the current window.
        try await SignInAttemptRecord.query(on: database.db)
            .filter(\.$attemptedAt < now.addingTimeInterval(-throttle.window)).delete()
    }

    /// Usernames that may not try to sign in now: they reached the limit of failures in the window.
    public func lockedOut(now: Date = Date()) async throws -> [String] {
        let recent = try await failures(since: now.addingTimeInterval(-throttle.window)).all()
        return Dictionary(grouping: recent, by: \.username).filter { $0.value.count >= throttle.maxFailuresPerUsername }
            .keys.sorted()
    }

    private func failures(since: Date) -> QueryBuilder<SignInAttemptRecord> {
        SignInAttemptRecord.query(on: database.db).filter(\.$succeeded == false).filter(\.$attemptedAt >= since)
    }
}
