import FluentKit

struct M007CreateIndicators: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("indicators")
            .id()
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("code", .string, .required)
            .field("name_sv", .string, .required)
            .field("name_en", .string, .required)
            .field("asks_for_people_count", .bool, .required)
            .field("active", .bool, .required)
            .field("position", .int, .required)
            .unique(on: "municipality_id", "code")
            .create()
        try await database.schema("indicator_subtypes")
            .id()
            .field("indicator_id", .uuid, .required, .references("indicators", "id"))
            .field("code", .string, .required)
            .field("name_sv", .string, .required)
            .field("name_en", .string, .required)
            .field("active", .bool, .required)
            .field("position", .int, .required)
            .unique(on: "indicator_id", "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("indicator_subtypes").delete()
        try await database.schema("indicators").delete()
    }
}
