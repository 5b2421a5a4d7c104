import FluentKit
import SQLKit

/// Problems, measures, evaluation designs, the analysis and steering groups' decisions, and one history
/// for them all. Each row keeps the columns lists filter on, and the whole value as JSON (`body`): these
/// are tens or hundreds of rows per municipality, read whole, and their shape will still grow.
struct M020CreateProblemsAndMeasures: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("problems")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("code", .string, .required)
            .field("status", .string, .required)
            .field("version", .int, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "municipality_id", "code")
            .create()
        try await database.schema("measures")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("problem_id", .uuid, .required, .references("problems", "id"))
            .field("status", .string, .required)
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("contact_user_id", .uuid, .references("users", "id"))
            .field("version", .int, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("evaluation_designs")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("measure_id", .uuid, .required, .references("measures", "id"))
            .field("version", .int, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime, .required)
            // Two planners saving at once cannot both write version 3: one of them is told to look again.
            .unique(on: "measure_id", "version")
            .create()
        try await database.schema("decisions")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("forum", .string, .required)
            .field("meeting_date", .string, .required)
            .field("paragraph", .int, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "municipality_id", "forum", "meeting_date", "paragraph")
            .create()
        try await database.schema("work_events")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("subject_id", .uuid, .required)
            .field("at", .datetime, .required)
            .field("actor_id", .uuid, .required, .references("users", "id"))
            .field("action", .string, .required)
            .field("comment", .string)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "measures_problem").on("measures").column("problem_id").run()
        try await sql.create(index: "work_events_subject").on("work_events").column("subject_id").column("at").run()
    }

    func revert(on database: any Database) async throws {
        for table in ["work_events", "decisions", "evaluation_designs", "measures", "problems"] {
            try await database.schema(table).delete()
        }
    }
}
