import FluentKit

struct M008CreateAreas: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("areas")
            .id()
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("active", .bool, .required)
            .unique(on: "municipality_id", "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("areas").delete()
    }
}
