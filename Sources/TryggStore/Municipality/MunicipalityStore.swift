import FluentKit
import Foundation
import TryggCore

/// Reads and renames the installation's municipality.
public struct MunicipalityStore: Sendable {
    let database: TryggDatabase

    public init(_ database: TryggDatabase) { self.database = database }

    /// The installation's municipality, if first start has created it.
    public func current() async throws -> Municipality? {
        try await MunicipalityRecord.query(on: database.db).sort(\.$createdAt).first()?.value
    }

    /// The municipality as most requests need it: from the catalogue cache, at most a few seconds old.
    public func cached() async throws -> Municipality? {
        try await database.catalogueCache.municipality { try await current() }
    }

    /// The municipality, which first start guarantees exists.
    public func require() async throws -> Municipality {
        guard let municipality = try await current() else { throw StoreError.notFound("municipality") }
        return municipality
    }

    public func create(name: String) async throws -> Municipality {
        let record = MunicipalityRecord(name: name)
        try await record.create(on: database.db)
        return record.value
    }

    public func rename(_ id: UUID, to name: String) async throws {
        defer { database.catalogueCache.clearMunicipality() }
        let errors = Municipality.validateName(name)
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        guard let record = try await MunicipalityRecord.find(id, on: database.db) else {
            throw StoreError.notFound("municipality")
        }
        record.name = name.trimmingCharacters(in: .whitespaces)
        try await record.save(on: database.db)
    }
}
