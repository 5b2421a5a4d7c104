import FluentKit
import Foundation
import SQLKit
import TryggCore

/// What every change of a work object (problem, measure, working group) does in its transaction: read the
/// object as it is, refuse a stale version, and write the new one only if nobody wrote in between.
enum WorkTable {
    /// The stored value of one object of this municipality, or `StoreError.notFound`.
    static func current<Value: Decodable>(
        _ type: Value.Type, table: String, id: UUID, municipalityID: UUID, on db: any Database, what: String
    ) async throws -> Value {
        guard
            let row = try await (db as! any SQLDatabase).select().column("body").from(table)
                .where("municipality_id", .equal, municipalityID).where("id", .equal, id)
                .first(decoding: BodyRow.self)
        else { throw StoreError.notFound(what) }
        return try WorkBody.decode(type, row.body, table: table)
    }

    /// Refuses a change made on an older copy than the stored `version`.
    static func check(_ expected: Int?, against version: Int, what: String) throws {
        guard expected == nil || expected == version else { throw StoreError.conflict(what) }
    }

    /// Writes the new value with a compare-and-set on the version: the database, not this process, decides
    /// who was first, so of two writers exactly one wins and the other gets `StoreError.conflict`.
    static func write<Value: Encodable>(
        _ value: Value, table: String, id: UUID, from version: Int, columns: [(String, any Encodable & Sendable)],
        on db: any Database, what: String
    ) async throws {
        var update = (db as! any SQLDatabase).update(table).set("body", to: try WorkBody.encode(value))
            .set("version", to: version + 1)
        for (column, value) in columns { update = update.set(column, to: value) }
        let changed = try await update.where("id", .equal, id).where("version", .equal, version).returning("id").all()
        guard !changed.isEmpty else { throw StoreError.conflict(what) }
    }
}

/// The one column a change reads back.
private struct BodyRow: Decodable {
    var body: String
}
