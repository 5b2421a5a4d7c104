import FluentKit
import Foundation

final class SignInAttemptRecord: Model, @unchecked Sendable {
    static let schema = "sign_in_attempts"

    @ID(key: .id) var id: UUID?
    @Field(key: "username") var username: String
    @Field(key: "address") var address: String
    @Field(key: "succeeded") var succeeded: Bool
    @Field(key: "attempted_at") var attemptedAt: Date

    init() {}

    init(username: String, address: String, succeeded: Bool, at: Date) {
        self.username = username
        self.address = address
        self.succeeded = succeeded
        self.attemptedAt = at
    }
}
