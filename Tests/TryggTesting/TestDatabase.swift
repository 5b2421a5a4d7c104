import FluentKit
import Foundation
import Logging
import SQLKit
import TryggCore
import TryggStore

/// The storage engines a test runs on: SQLite always, PostgreSQL when `TRYGG_TEST_DATABASE_URL` is set.
public enum TestEngine: String, Sendable, CustomStringConvertible {
    case sqlite
    case postgres

    public var description: String { rawValue }

    /// Every engine available in this run.
    public static var available: [TestEngine] {
        ProcessInfo.processInfo.environment["TRYGG_TEST_DATABASE_URL"].map {
            $0.isEmpty ? [.sqlite] : [.sqlite, .postgres]
        } ?? [.sqlite]
    }
}

/// Runs `body` against a fresh, migrated database on `engine` and removes it afterwards.
///
/// SQLite gets a temporary file; PostgreSQL a schema of its own, so tests may run in parallel on one server.
public func withTestDatabase<T: Sendable>(
    _ engine: TestEngine, municipality: String? = "Luleå kommun",
    _ body: @Sendable (TryggDatabase) async throws -> T
) async throws -> T {
    var logger = Logger(label: "trygg.test")
    logger.logLevel = .warning
    switch engine {
    case .sqlite:
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "trygg-test-\(UUID().uuidString).sqlite"
        ).path
        let database = try TryggDatabase(location: .sqlite(path: path), logger: logger)
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        return try await run(database, municipality: municipality, body)
    case .postgres:
        // Tests run in parallel; a gate keeps them within the server's connection limit.
        await PostgresGate.shared.enter()
        do {
            let result = try await withPostgresSchema(municipality: municipality, logger: logger, body)
            await PostgresGate.shared.leave()
            return result
        } catch {
            await PostgresGate.shared.leave()
            throw error
        }
    }
}

/// A schema of its own on the test server, dropped afterwards.
private func withPostgresSchema<T: Sendable>(
    municipality: String?, logger: Logger, _ body: @Sendable (TryggDatabase) async throws -> T
) async throws -> T {
    let location = try DatabaseLocation.parse(ProcessInfo.processInfo.environment["TRYGG_TEST_DATABASE_URL"] ?? "")
    let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
    let admin = try TryggDatabase(location: location, logger: logger, connectionsPerEventLoop: 1)
    try await (admin.db as! any SQLDatabase).raw("CREATE SCHEMA \(unsafeRaw: schema)").run()
    do {
        let database = try TryggDatabase(
            location: location, logger: logger, searchPath: [String(schema)], connectionsPerEventLoop: 2)
        let result = try await run(database, municipality: municipality, body)
        try await (admin.db as! any SQLDatabase).raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run()
        await admin.shutdown()
        return result
    } catch {
        try? await (admin.db as! any SQLDatabase).raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run()
        await admin.shutdown()
        throw error
    }
}

private func run<T: Sendable>(
    _ database: TryggDatabase, municipality: String?, _ body: @Sendable (TryggDatabase) async throws -> T
) async throws -> T {
    do {
        try await database.migrate()
        if let municipality { try await FirstStart.ensure(database, municipalityName: municipality) }
        let result = try await body(database)
        await database.shutdown()
        return result
    } catch {
        await database.shutdown()
        throw error
    }
}

/// A password "hash" that is the password itself, marked: storage tests need no bcrypt and run fast.
public struct PlainTestHashing: PasswordHashing {
    public init() {}
    public func hash(_ password: String) -> String { "plain:" + password }
    public func verify(_ password: String, against hash: String) -> Bool { hash == "plain:" + password }
}

/// Lets a bounded number of PostgreSQL test databases exist at once.
actor PostgresGate {
    static let shared = PostgresGate(limit: 8)
    private let limit: Int
    private var inside = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = limit }

    func enter() async {
        if inside < limit {
            inside += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func leave() {
        if waiting.isEmpty {
            inside -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
