import FluentKit

/// Working groups, kept as the other work objects: filter columns and the whole value as JSON.
struct M021CreateWorkingGroups: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("working_groups")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("status", .string, .required)
            .field("version", .int, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("working_groups").delete()
    }
}
