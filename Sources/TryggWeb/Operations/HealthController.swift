import Foundation
import Hummingbird
import TryggStore

/// `GET /health` for load balancers and monitoring: the engine, the migration state, and 503 when the
/// database does not answer.
struct HealthController {
    let storage: Storage

    struct Status: Encodable {
        var status: String
        var engine: String
        var migrations: String
        var pendingMigrations: [String]?
        var detail: String?
    }

    func register(on router: Router<AppRequestContext>) {
        router.on(.get, .health) { _, _ in try await check() }
    }

    func check() async throws -> Response {
        var status = Status(status: "ok", engine: storage.engineName, migrations: "current")
        var code = HTTPResponse.Status.ok
        do {
            try await storage.ping()
            let pending = try await storage.pendingMigrations()
            if !pending.isEmpty {
                status.status = "degraded"
                status.migrations = "pending"
                status.pendingMigrations = pending
                code = .serviceUnavailable
            }
        } catch {
            status.status = "unavailable"
            status.migrations = "unknown"
            status.detail = "database does not answer"
            code = .serviceUnavailable
        }
        return try JSONResponse.make(status, status: code)
    }
}
