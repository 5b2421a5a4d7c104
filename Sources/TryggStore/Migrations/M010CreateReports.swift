import FluentKit
import SQLKit

struct M010CreateReports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("reports")
            .id()
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("indicator_code", .string, .required)
            .field("subtype_code", .string)
            .field("occurred_at", .datetime, .required)
            .field("part_of_day", .string)
            .field("week", .string, .required)
            .field("latitude", .double)
            .field("longitude", .double)
            .field("area_code", .string)
            .field("place_description", .string, .required)
            .field("description", .string, .required)
            .field("people_count", .int)
            .field("status", .string, .required)
            .field("reporter_id", .uuid, .required, .references("users", "id"))
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("review_comment", .string)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        // The weekly picture and the meeting's agenda read reports by week and status.
        try await sql.create(index: "reports_week_status").on("reports").column("week").column("status").run()
        try await sql.create(index: "reports_reporter").on("reports").column("reporter_id").run()
        try await database.schema("report_events")
            .id()
            .field("report_id", .uuid, .required, .references("reports", "id"))
            .field("at", .datetime, .required)
            .field("actor_id", .uuid, .required, .references("users", "id"))
            .field("action", .string, .required)
            .field("comment", .string)
            .create()
        try await sql.create(index: "report_events_report").on("report_events").column("report_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("report_events").delete()
        try await database.schema("reports").delete()
    }
}
