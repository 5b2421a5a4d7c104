import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import ServiceLifecycle
import TryggCore

/// Owns the database connections and the migrator; started once per process, shut down on exit.
///
/// It is a lifecycle `Service` so that the application's service group closes the pools after the
/// HTTP server has drained its requests.
public final class TryggDatabase: Service, Sendable {
    public let location: DatabaseLocation
    public let databases: Databases
    /// The PostgreSQL schemas searched (tests give each run a schema of its own).
    public let searchPath: [String]?
    /// Indicators and areas for report checks, kept a few seconds.
    public let catalogueCache = CatalogueCache()
    let logger: Logger
    private let closed = NIOLockedValueBox(false)
    /// SQLite allows one writer at a time: all work goes through one connection on one event loop, so
    /// writers queue in the pool instead of spinning in SQLite's busy handler.
    private let sqliteLoop: (any EventLoop)?

    /// Opens (but does not yet query) the database at `location`.
    public init(
        location: DatabaseLocation, logger: Logger, searchPath: [String]? = nil, connectionsPerEventLoop: Int = 4
    ) throws(StoreError) {
        self.location = location
        self.searchPath = searchPath
        self.logger = logger
        let databases = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
        switch location {
        case .sqlite(let path):
            try Self.checkWritable(path: path)
            databases.use(.sqlite(.init(storage: .file(path: path), enableForeignKeys: true)), as: .sqlite)
        case .postgres(let postgres):
            var configuration = SQLPostgresConfiguration(
                hostname: postgres.host, port: postgres.port, username: postgres.username,
                password: postgres.password, database: postgres.database,
                tls: postgres.requireTLS ? .require(try! .init(configuration: .makeClientConfiguration())) : .disable
            )
            configuration.searchPath = searchPath
            databases.use(
                .postgres(configuration: configuration, maxConnectionsPerEventLoop: connectionsPerEventLoop), as: .psql)
        }
        self.databases = databases
        if case .sqlite = location { sqliteLoop = databases.eventLoopGroup.next() } else { sqliteLoop = nil }
    }

    /// A handle for queries; cheap, make one per unit of work.
    public var db: any Database {
        databases.database(logger: logger, on: sqliteLoop ?? databases.eventLoopGroup.any())!
    }

    /// Checks that the database answers, with a clear message when it does not.
    public func ping() async throws(StoreError) {
        do {
            try await (db as! any SQLDatabase).raw("SELECT 1").run()
        } catch {
            throw .unreachable(location.engineName, String(reflecting: error))
        }
    }

    /// Prepares the engine (WAL for SQLite) and applies every pending migration; returns the names of those
    /// applied, for the caller to report. Fluent's own account of each step is logged at debug level only.
    @discardableResult
    public func migrate() async throws -> [String] {
        try await ping()
        if case .sqlite = location {
            // WAL lets readers continue while one writer commits; the setting persists in the file.
            try await (db as! any SQLDatabase).raw("PRAGMA journal_mode=WAL").run()
            // In WAL mode NORMAL syncs at checkpoints instead of every commit: the database cannot be
            // corrupted, and only a power cut can lose the last commits. The one connection keeps it.
            try await (db as! any SQLDatabase).raw("PRAGMA synchronous=NORMAL").run()
        }
        let migrator = makeMigrator()
        var applied: [String] = []
        // Two instances starting together on PostgreSQL may race to create the migrations table;
        // the loser retries once the winner has finished.
        var attempt = 0
        while true {
            do {
                try await migrator.setupIfNeeded().get()
                applied = try await migrator.previewPrepareBatch().get().map {
                    $0.0.name.components(separatedBy: ".").last ?? $0.0.name
                }
                try await migrator.prepareBatch().get()
                return applied
            } catch  where attempt < 3 {
                attempt += 1
                logger.warning("migration attempt \(attempt) failed, retrying: \(error)")
                try await Task.sleep(for: .milliseconds(500 * attempt))
            }
        }
    }

    /// The names of migrations not yet applied (empty when up to date).
    public func pendingMigrations() async throws -> [String] {
        let migrator = makeMigrator()
        try await migrator.setupIfNeeded().get()
        return try await migrator.previewPrepareBatch().get().map { $0.0.name }
    }

    private func makeMigrator() -> Migrator {
        let migrations = Migrations()
        migrations.add(TryggMigrations.all)
        // The migrator tells every step at info level: a command line would drown in it.
        var stepLogger = logger
        if stepLogger.logLevel > .debug { stepLogger.logLevel = max(stepLogger.logLevel, .notice) }
        return Migrator(
            databases: databases, migrations: migrations, logger: stepLogger, on: databases.eventLoopGroup.any())
    }

    public func run() async throws {
        try? await gracefulShutdown()
        await shutdown()
    }

    /// Closes the pools; safe to call more than once.
    public func shutdown() async {
        let alreadyClosed = closed.withLockedValue { closed in
            defer { closed = true }
            return closed
        }
        if !alreadyClosed { await databases.shutdownAsync() }
    }

    private static func checkWritable(path: String) throws(StoreError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let manager = FileManager.default
        if manager.fileExists(atPath: path) {
            guard manager.isWritableFile(atPath: path) else { throw .unwritable(path) }
        } else {
            guard manager.isWritableFile(atPath: directory.isEmpty ? "." : directory) else { throw .unwritable(path) }
        }
    }
}
