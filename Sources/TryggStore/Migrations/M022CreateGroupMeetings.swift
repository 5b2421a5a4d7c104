import FluentKit

/// The analysis and steering groups' meetings: participants and notes beside their numbered decisions.
struct M022CreateGroupMeetings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("group_meetings")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("forum", .string, .required)
            .field("meeting_date", .string, .required)
            .field("body", .string, .required)
            .unique(on: "municipality_id", "forum", "meeting_date")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("group_meetings").delete()
    }
}
