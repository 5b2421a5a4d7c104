import FluentKit
import SQLKit

/// The meeting's agenda asks for every submitted report whatever its week: an index on status keeps that
/// from scanning every report ever made (174 ms → see docs/est.md with a million reports).
struct M012IndexReportStatus: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(index: "reports_municipality_status")
            .on("reports").column("municipality_id").column("status").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "reports_municipality_status").run()
    }
}
