import FluentKit

struct M004CreateSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sessions")
            .field("key", .string, .identifier(auto: false))
            .field("value", .string, .required)
            .field("expires_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sessions").delete()
    }
}
