import FluentKit

/// The weekly coordination meeting (samverkansmöte): one per ISO week.
struct M011CreateMeetings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meetings")
            .id()
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("week", .string, .required)
            .field("participants", .string, .required)
            .field("notes", .string, .required)
            .field("focus", .string, .required)
            .field("closed_at", .datetime)
            .field("closed_by", .uuid, .references("users", "id"))
            .unique(on: "municipality_id", "week")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meetings").delete()
    }
}
