import FluentKit
import Foundation
import TryggCore

/// The file names codes that already exist and `replace` was not asked for.
public struct AreaImportConflict: Error, Sendable, Equatable, CustomStringConvertible {
    public var codes: [String]
    public var description: String {
        "these areas exist already: \(codes.joined(separator: ", ")) (import with --replace to update them)"
    }
}

extension AreaStore {
    /// What an import changed, by area code.
    public struct ImportSummary: Sendable, Equatable {
        public var created: [String] = []
        public var updated: [String] = []
        /// Areas missing from a replacing file: deactivated, since reports refer to them.
        public var deactivated: [String] = []
    }

    /// The codes among `areas` that exist already: a conflict unless the import replaces them.
    public func existingCodes(among areas: [AreaShape]) async throws -> [String] {
        let existing = Set(
            try await AreaRecord.query(on: database.db).filter(\.$municipalityID == municipalityID).all().map(\.code))
        return areas.map(\.code).filter(existing.contains)
    }

    /// Stores imported areas in one transaction: all or nothing.
    ///
    /// Without `replace` an existing code is a conflict; with it, existing areas get the new name and
    /// boundary, and areas missing from the file are deactivated.
    public func importAreas(_ areas: [AreaShape], replace: Bool) async throws -> ImportSummary {
        defer { database.catalogueCache.clear(municipalityID) }
        let existing = try await AreaRecord.query(on: database.db).filter(\.$municipalityID == municipalityID).all()
        let byCode = Dictionary(uniqueKeysWithValues: existing.map { ($0.code, $0) })
        let conflicts = areas.map(\.code).filter { byCode[$0] != nil }
        if !replace && !conflicts.isEmpty { throw AreaImportConflict(codes: conflicts) }
        let imported = Set(areas.map(\.code))
        return try await database.db.transaction { db in
            var summary = ImportSummary()
            for area in areas {
                let record = byCode[area.code] ?? AreaRecord()
                let isNew = record.id == nil
                record.municipalityID = municipalityID
                record.code = area.code
                record.name = area.name
                record.geometry = area.geometry.storedJSON
                record.approximate = false
                record.active = true
                try await record.save(on: db)
                if isNew { summary.created.append(area.code) } else { summary.updated.append(area.code) }
            }
            if replace {
                for record in existing where !imported.contains(record.code) && record.active {
                    record.active = false
                    try await record.save(on: db)
                    summary.deactivated.append(record.code)
                }
            }
            return summary
        }
    }

    /// Gives an existing area a boundary (first start uses it for the demo's approximate areas).
    public func setGeometry(code: String, _ geometry: AreaGeometry, approximate: Bool) async throws {
        defer { database.catalogueCache.clear(municipalityID) }
        guard
            let record = try await AreaRecord.query(on: database.db).filter(\.$municipalityID == municipalityID)
                .filter(\.$code == code).first()
        else { throw StoreError.notFound("area \(code)") }
        record.geometry = geometry.storedJSON
        record.approximate = approximate
        try await record.save(on: database.db)
    }

    /// A locator over the active areas that have a boundary, in code order so the answer never varies.
    public func locator() async throws -> AreaLocator {
        Self.locator(try await all())
    }

    /// A locator over the active areas among `areas` that have a boundary.
    public static func locator(_ areas: [Area]) -> AreaLocator {
        AreaLocator(
            areas.filter(\.active).sorted { $0.code < $1.code }.compactMap { area in
                area.geometry.map { (area.code, $0) }
            })
    }
}
