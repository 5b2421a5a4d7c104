import FluentKit
import SQLKit
import TryggCore

/// Each indicator says what to report under it; the default indicators get their default texts.
struct M017AddIndicatorGuidance: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        try await database.schema("indicators").field("guidance_sv", .string).update()
        try await database.schema("indicators").field("guidance_en", .string).update()
        let sql = database as! any SQLDatabase
        for (code, text) in DefaultGuidance.texts {
            try await sql.update("indicators").set("guidance_sv", to: text.sv).set("guidance_en", to: text.en)
                .where("code", .equal, code).run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("indicators").deleteField("guidance_en").update()
        try await database.schema("indicators").deleteField("guidance_sv").update()
    }
}
