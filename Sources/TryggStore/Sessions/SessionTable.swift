import FluentKit
import Foundation

/// A key-value table with expiry for web sessions, shared by every app instance on the same database.
public struct SessionTable: Sendable {
    let database: TryggDatabase

    public init(_ database: TryggDatabase) { self.database = database }

    /// Stored JSON and expiry for a key; expired entries read as absent.
    public struct Entry: Sendable {
        public var json: String
        public var expiresAt: Date?
    }

    /// Inserts a new key; returns false when the key already exists.
    public func insert(key: String, json: String, expiresAt: Date?) async throws -> Bool {
        if try await SessionRecord.find(key, on: database.db) != nil { return false }
        try await SessionRecord(key: key, value: json, expiresAt: expiresAt).create(on: database.db)
        return true
    }

    /// Writes a key; a nil expiry keeps the one already stored.
    public func upsert(key: String, json: String, expiresAt: Date?) async throws {
        if let record = try await SessionRecord.find(key, on: database.db) {
            record.value = json
            if let expiresAt { record.expiresAt = expiresAt }
            try await record.save(on: database.db)
        } else {
            try await SessionRecord(key: key, value: json, expiresAt: expiresAt).create(on: database.db)
        }
    }

    public func read(key: String, now: Date = Date()) async throws -> Entry? {
        guard let record = try await SessionRecord.find(key, on: database.db) else { return nil }
        if let expiresAt = record.expiresAt, expiresAt <= now {
            try await record.delete(on: database.db)
            return nil
        }
        return Entry(json: record.value, expiresAt: record.expiresAt)
    }

    public func remove(key: String) async throws {
        try await SessionRecord.query(on: database.db).filter(\.$id == key).delete()
    }

    /// Deletes every expired entry; run now and then so the table does not grow without bound.
    public func purgeExpired(now: Date = Date()) async throws {
        try await SessionRecord.query(on: database.db).filter(\.$expiresAt <= now).delete()
    }
}
