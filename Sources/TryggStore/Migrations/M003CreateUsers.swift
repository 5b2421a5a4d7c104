import FluentKit

struct M003CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users")
            .id()
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("roles", .string, .required)
            .field("restricted_access", .bool, .required)
            .field("active", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "username")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").delete()
    }
}
