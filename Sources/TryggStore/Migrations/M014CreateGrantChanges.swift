import FluentKit
import SQLKit

/// The append-only log of changes to users' roles and restricted grant.
struct M014CreateGrantChanges: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("grant_changes")
            .id()
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("actor_id", .uuid, .references("users", "id"))
            .field("at", .datetime, .required)
            .field("roles_before", .string)
            .field("roles_after", .string, .required)
            .field("restricted_before", .bool)
            .field("restricted_after", .bool, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "grant_changes_municipality_at").on("grant_changes").column("municipality_id")
            .column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("grant_changes").delete()
    }
}
