import FluentKit
import SQLKit

struct M006CreateSignInAttempts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sign_in_attempts")
            .id()
            .field("username", .string, .required)
            .field("address", .string, .required)
            .field("succeeded", .bool, .required)
            .field("attempted_at", .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "sign_in_attempts_username").on("sign_in_attempts").column("username").run()
        try await sql.create(index: "sign_in_attempts_address").on("sign_in_attempts").column("address").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sign_in_attempts").delete()
    }
}
