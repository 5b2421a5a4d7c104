import FluentKit
import Foundation
import SQLKit
import TryggCore

/// The municipality's named places and address points, found by name for the place picker.
public struct PlaceStore: Sendable {
    let database: TryggDatabase
    let municipalityID: UUID

    public init(_ database: TryggDatabase, municipalityID: UUID) {
        self.database = database
        self.municipalityID = municipalityID
    }

    /// What an import changed.
    public struct Replacement: Sendable, Equatable {
        public var removed: Int
        public var added: Int
    }

    /// Puts `entries` in place of everything imported before from `source`, in one transaction: a failed
    /// import leaves the earlier places as they were.
    @discardableResult
    public func replace(
        source: String, with entries: [PlaceFile.Entry], approximate: Bool = false
    ) async throws -> Replacement {
        let municipalityID = municipalityID
        return try await database.db.transaction { db in
            let existing = PlaceRecord.query(on: db).filter(\.$municipalityID == municipalityID).filter(
                \.$source == source)
            let removed = try await existing.count()
            try await existing.delete()
            let records = entries.map { entry in
                PlaceRecord(
                    municipalityID: municipalityID,
                    place: Place(
                        name: entry.name, kind: entry.kind, position: entry.position, approximate: approximate,
                        source: source))
            }
            // Batches keep each insert below SQLite's limit on bound values.
            for start in stride(from: 0, to: records.count, by: 500) {
                try await Array(records[start..<min(start + 500, records.count)]).create(on: db)
            }
            return Replacement(removed: removed, added: records.count)
        }
    }

    /// Places whose name, or a word of it, starts with the query; the best matches first.
    public func search(_ query: String, limit: Int = 10) async throws -> [Place] {
        let key = PlaceName.searchKey(query)
        guard !key.isEmpty else { return [] }
        // LIKE's wildcards are dropped rather than escaped: no place name needs them.
        let pattern = String(key.filter { $0 != "%" && $0 != "_" && $0 != "\\" })
        guard !pattern.isEmpty else { return [] }
        let sql = database.db as! any SQLDatabase
        // Candidates by SQL, shortest names first; order by `PlaceName.ranked`, so an exact name comes first.
        let rows = try await sql.select().column("id").from(PlaceRecord.schema)
            .where("municipality_id", .equal, municipalityID)
            .where { group in
                group.where("search_key", .like, pattern + "%")
                    .orWhere("search_key", .like, "% " + pattern + "%")
                    .orWhere("search_key", .like, "%-" + pattern + "%")
            }
            .orderBy(SQLFunction("LENGTH", args: SQLColumn("search_key")))
            .limit(200).all()
        let ids = try rows.map { try $0.decode(column: "id", as: UUID.self) }
        guard !ids.isEmpty else { return [] }
        let places = try await PlaceRecord.query(on: database.db).filter(\.$id ~~ ids).all().map { try $0.value() }
        return PlaceName.ranked(places, query: query, limit: limit)
    }

    public func find(_ id: UUID) async throws -> Place? {
        try await PlaceRecord.query(on: database.db).filter(\.$municipalityID == municipalityID).filter(\.$id == id)
            .first()?.value()
    }

    /// How many places each source holds, for the CLI and the administrators' overview.
    public func countBySource() async throws -> [(source: String, count: Int)] {
        let records = try await PlaceRecord.query(on: database.db).filter(\.$municipalityID == municipalityID).field(
            \.$source
        ).all()
        return Dictionary(grouping: records, by: \.source).map { ($0.key, $0.value.count) }.sorted {
            $0.source < $1.source
        }
    }
}
