import FluentKit

struct M001CreateMunicipalities: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("municipalities")
            .id()
            .field("name", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("municipalities").delete()
    }
}
