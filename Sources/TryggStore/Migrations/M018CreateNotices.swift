import FluentKit
import SQLKit

/// Notices (in-app, and the outbox of their e-mails), each user's choice of kinds by e-mail, and users'
/// e-mail address and language.
struct M018CreateNotices: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users").field("email", .string).update()
        try await database.schema("users").field("language", .string).update()
        try await database.schema("notices")
            .id()
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("kind", .string, .required)
            .field("subject", .string, .required)
            // One notice per user and event, however often the event is seen: the outbox's guard against twice.
            .field("dedupe_key", .string, .required)
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            .field("mail", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime)
            .field("claimed_until", .datetime)
            .field("claim_token", .string)
            .field("sent_at", .datetime)
            .field("last_error", .string)
            .unique(on: "user_id", "dedupe_key")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "notices_user_created").on("notices").column("user_id").column("created_at").run()
        try await sql.create(index: "notices_mail_due").on("notices").column("mail").column("next_attempt_at").run()
        try await database.schema("notice_preferences")
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("kind", .string, .required)
            .unique(on: "user_id", "kind")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("notice_preferences").delete()
        try await database.schema("notices").delete()
        try await database.schema("users").deleteField("language").update()
        try await database.schema("users").deleteField("email").update()
    }
}
