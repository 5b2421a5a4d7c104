import FluentKit
import SQLKit

/// Areas get their boundary (GeoJSON MultiPolygon coordinates, WGS 84) and a flag for demo approximations.
struct M009AddAreaGeometry: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds only one column per ALTER TABLE.
        try await database.schema("areas").field("geometry", .string).update()
        try await database.schema("areas").field("approximate", .bool, .required, .sql(.default(false))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("areas").deleteField("approximate").update()
        try await database.schema("areas").deleteField("geometry").update()
    }
}
