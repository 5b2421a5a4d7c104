import FluentKit
import SQLKit

/// The analyses read approved reports by period (a month, a year, two years for a trend): an index on the
/// time lets them read that period instead of all the municipality's reports.
struct M013IndexReportTime: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(index: "reports_municipality_occurred").on("reports").column("municipality_id").column("occurred_at").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "reports_municipality_occurred").run()
    }
}
