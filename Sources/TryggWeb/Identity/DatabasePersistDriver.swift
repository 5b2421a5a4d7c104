import Foundation
import Hummingbird
import ServiceLifecycle
import TryggStore

/// hummingbird-auth's session storage over Trygg's database, so every app instance sees the same sessions.
///
/// As a lifecycle service it also purges expired sessions now and then.
public struct DatabasePersistDriver: PersistDriver {
    let table: SessionTable
    let purgeInterval: Duration

    public init(table: SessionTable, purgeInterval: Duration = .seconds(600)) {
        self.table = table
        self.purgeInterval = purgeInterval
    }

    public func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let inserted = try await table.insert(key: key, json: try Self.encode(value), expiresAt: Self.date(expires))
        if !inserted { throw PersistError.duplicate }
    }

    public func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        try await table.upsert(key: key, json: try Self.encode(value), expiresAt: Self.date(expires))
    }

    public func get<Object: Codable & Sendable>(key: String, as: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: Object.self)?.object
    }

    public func getWithTTL<Object: Codable & Sendable>(
        key: String, as: Object.Type
    ) async throws -> (object: Object, ttl: Duration?)? {
        guard let entry = try await table.read(key: key) else { return nil }
        // A value of another shape (an older session format) reads as no session rather than an error.
        guard let object = try? JSONDecoder().decode(Object.self, from: Data(entry.json.utf8)) else { return nil }
        let ttl = entry.expiresAt.map { Duration.seconds(max(0, $0.timeIntervalSinceNow)) }
        return (object, ttl)
    }

    public func remove(key: String) async throws {
        try await table.remove(key: key)
    }

    public func shutdown() async throws {}

    public func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await table.purgeExpired()
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: purgeInterval) }
        }
    }

    static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    static func date(_ expires: Duration?) -> Date? {
        expires.map { Date().addingTimeInterval(TimeInterval($0.components.seconds)) }
    }
}
