import Foundation
import Testing

@testable import TryggCore

@Suite("Sign-in limits")
struct SignInThrottleTests {
    let throttle = SignInThrottle(window: 900, maxFailuresPerUsername: 5, maxFailuresPerAddress: 20)
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func failures(_ count: Int, secondsAgo: TimeInterval = 60) -> [Date] {
        Array(repeating: now.addingTimeInterval(-secondsAgo), count: count)
    }

    @Test func fourFailuresStillAllowAnotherTry() {
        #expect(throttle.verdict(usernameFailures: failures(4), addressFailures: [], now: now) == .allowed)
    }

    @Test func theFifthFailureBlocksTheUsernameUntilTheOldestLeavesTheWindow() {
        let verdict = throttle.verdict(usernameFailures: failures(5, secondsAgo: 300), addressFailures: [], now: now)
        #expect(verdict == .blocked(retryAfter: 600))
    }

    @Test func failuresOlderThanTheWindowDoNotCount() {
        #expect(
            throttle.verdict(usernameFailures: failures(10, secondsAgo: 901), addressFailures: [], now: now) == .allowed
        )
    }

    @Test func oneAddressSprayingManyUsernamesIsBlocked() {
        #expect(throttle.verdict(usernameFailures: [], addressFailures: failures(20), now: now) != .allowed)
    }
}
