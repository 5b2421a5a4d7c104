import FluentKit
import SQLKit

/// Named places and address points for the place picker's search.
struct M019CreatePlaces: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("places")
            .id()
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("name", .string, .required)
            .field("search_key", .string, .required)
            .field("kind", .string, .required)
            .field("latitude", .double, .required)
            .field("longitude", .double, .required)
            .field("approximate", .bool, .required)
            .field("source", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "places_municipality_key").on("places").column("municipality_id").column(
            "search_key"
        ).run()
        try await sql.create(index: "places_municipality_source").on("places").column("municipality_id").column(
            "source"
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("places").delete()
    }
}
