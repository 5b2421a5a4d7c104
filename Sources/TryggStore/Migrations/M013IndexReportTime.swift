import FluentKit
import SQLKit

/// The analyses read approved reports by status and period (a month, a year, two years for a trend), and
/// the meeting's agenda reads submitted reports newest first: one index serves both. It leads with the
/// status so that SQLite, without statistics, never prefers it for a week's list over the week index
/// (scripts/bench-reports caught an index on time alone making the weekly picture eight times slower).
/// It begins with M012's (municipality, status), which every insert no longer has to keep twice.
struct M013IndexReportTime: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "reports_municipality_status").run()
        try await sql.create(index: "reports_municipality_status_occurred").on("reports")
            .column("municipality_id").column("status").column("occurred_at").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(index: "reports_municipality_status").on("reports").column("municipality_id").column(
            "status"
        ).run()
        try await sql.drop(index: "reports_municipality_status_occurred").run()
    }
}
