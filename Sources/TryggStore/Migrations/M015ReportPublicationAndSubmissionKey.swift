import FluentKit
import SQLKit

/// Two columns on reports:
/// - `published_week`: the week whose meeting published the report. A published weekly picture is fixed:
///   it shows only what its own meeting (or an earlier one) published, so a report approved later goes to a
///   later picture instead of silently changing this one. Reports already published get their own week.
/// - `submission_key`: the key a form (or an API client's `Idempotency-Key`) sends with a new report, unique
///   per reporter, so a double tap files one report however often the submission arrives.
struct M015ReportPublicationAndSubmissionKey: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("reports").field("published_week", .string).update()
        try await database.schema("reports").field("submission_key", .string).update()
        let sql = database as! any SQLDatabase
        try await sql.update("reports").set("published_week", to: SQLColumn("week"))
            .where("status", .equal, "published").run()
        // Partial indexes: a new report has no published week and an API report often no key, and a row
        // outside an index costs an insert nothing (submission throughput). Both engines read the same syntax.
        try await sql.raw(
            """
            CREATE INDEX reports_published_week ON reports (municipality_id, published_week) WHERE published_week IS NOT NULL
            """
        ).run()
        try await sql.raw(
            """
            CREATE UNIQUE INDEX reports_submission_key ON reports (reporter_id, submission_key) WHERE submission_key IS NOT NULL
            """
        ).run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "reports_submission_key").run()
        try await sql.drop(index: "reports_published_week").run()
        try await database.schema("reports").deleteField("submission_key").update()
        try await database.schema("reports").deleteField("published_week").update()
    }
}
