import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import TryggStore
import TryggTesting

@testable import TryggWeb

/// Several stateless instances behind a load balancer share one database; nothing that matters is in memory.
@Suite("Two instances on one database")
struct TwoInstancesTests {
    @Test(arguments: TestEngine.available)
    func aSessionAndASignInLimitStartedOnOneInstanceHoldOnTheOther(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { first, accounts in
            let database = accounts.database
            let second = try TryggDatabase(
                location: database.location, logger: Logger(label: "second"), searchPath: database.searchPath)
            let app = try await buildApplication(
                AppConfiguration(), storage: Storage(second, hashing: testHashing), logger: Logger(label: "second"))
            try await app.test(.router) { secondClient in
                var one = Browser(first)
                try await one.signIn("coordinator")
                var other = Browser(secondClient)
                other.cookies = one.cookies
                #expect(try await other.get("/admin/users").status == .ok)
                // The CSRF token issued by one instance is accepted by the other.
                #expect(try await other.post("/sign-out", []).status == .seeOther)
                #expect(try await one.get("/").status == .seeOther)

                var attacker = Browser(first)
                try await attacker.get("/sign-in")
                for _ in 0..<5 {
                    try await attacker.post("/sign-in", [("username", "reader"), ("password", "fel-fel-fel")])
                }
                var elsewhere = Browser(secondClient)
                try await elsewhere.get("/sign-in")
                #expect(
                    try await elsewhere.post("/sign-in", [("username", "reader"), ("password", testPassword)]).status
                        == .tooManyRequests)
            }
        }
    }
}
