import FluentKit
import SQLKit

/// Users remember when their password last changed (sessions begun before it end), and coordinators can
/// issue one-time reset links, kept as SHA-256 of the token with an expiry and the moment they were used.
struct M016PasswordChangesAndResets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users").field("password_changed_at", .datetime).update()
        try await database.schema("password_resets")
            .id()
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("token_hash", .string, .required)
            .field("created_by", .uuid, .references("users", "id"))
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("password_resets").delete()
        try await database.schema("users").deleteField("password_changed_at").update()
    }
}
