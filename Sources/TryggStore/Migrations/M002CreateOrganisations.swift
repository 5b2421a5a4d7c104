import FluentKit

struct M002CreateOrganisations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("organisations")
            .id()
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("active", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "municipality_id", "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organisations").delete()
    }
}
