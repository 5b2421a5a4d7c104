import FluentKit
import SQLKit

/// The meeting's agenda asks for every submitted report whatever its week, and the weekly picture for a
/// few weeks' published ones: each gets an index that leads with what it asks by, so neither scans the
/// million reports of a long-used installation (scripts/bench-reports).
struct M012IndexReportStatus: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(index: "reports_municipality_status").on("reports").column("municipality_id").column(
            "status"
        ).run()
        try await sql.create(index: "reports_municipality_week_status").on("reports")
            .column("municipality_id").column("week").column("status").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "reports_municipality_week_status").run()
        try await sql.drop(index: "reports_municipality_status").run()
    }
}
