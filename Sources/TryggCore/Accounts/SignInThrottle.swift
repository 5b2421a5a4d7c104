import Foundation

/// How many failed sign-ins are tolerated before a username or an address must wait.
///
/// Counting per username stops guessing one account; counting per address stops spraying many accounts.
public struct SignInThrottle: Sendable, Equatable {
    public var window: TimeInterval
    public var maxFailuresPerUsername: Int
    public var maxFailuresPerAddress: Int

    public init(window: TimeInterval = 15 * 60, maxFailuresPerUsername: Int = 5, maxFailuresPerAddress: Int = 20) {
        self.window = window
        self.maxFailuresPerUsername = maxFailuresPerUsername
        self.maxFailuresPerAddress = maxFailuresPerAddress
    }

    /// The verdict on one sign-in attempt, given the failures already recorded in the window.
    public enum Verdict: Sendable, Equatable {
        case allowed
        /// Refused until the oldest counted failure leaves the window.
        case blocked(retryAfter: TimeInterval)
    }

    /// - Parameters:
    ///   - usernameFailures: times of failed attempts for this username within the window.
    ///   - addressFailures: times of failed attempts from this address within the window.
    public func verdict(usernameFailures: [Date], addressFailures: [Date], now: Date) -> Verdict {
        var waits: [TimeInterval] = []
        if let wait = wait(failures: usernameFailures, limit: maxFailuresPerUsername, now: now) { waits.append(wait) }
        if let wait = wait(failures: addressFailures, limit: maxFailuresPerAddress, now: now) { waits.append(wait) }
        guard let longest = waits.max() else { return .allowed }
        return .blocked(retryAfter: longest)
    }

    private func wait(failures: [Date], limit: Int, now: Date) -> TimeInterval? {
        let recent = failures.filter { now.timeIntervalSince($0) < window }.sorted()
        guard recent.count >= limit else { return nil }
        // The attempt becomes possible when enough failures have aged out to drop below the limit.
        let releasing = recent[recent.count - limit]
        return max(1, window - now.timeIntervalSince(releasing))
    }
}
