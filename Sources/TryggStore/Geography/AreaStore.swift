import FluentKit
import Foundation
import TryggCore

/// The municipality's areas (names and codes; geometry comes with area import).
public struct AreaStore: Sendable {
    let database: TryggDatabase
    let municipalityID: UUID

    public init(_ database: TryggDatabase, municipalityID: UUID) {
        self.database = database
        self.municipalityID = municipalityID
    }

    public func all() async throws -> [Area] {
        try await query().sort(\.$name).all().map(\.value)
    }

    public func find(_ id: UUID) async throws -> Area? {
        try await query().filter(\.$id == id).first()?.value
    }

    @discardableResult
    public func create(_ draft: AreaDraft) async throws -> Area {
        defer { database.catalogueCache.clear(municipalityID) }
        var errors = draft.validate()
        if errors.isEmpty, try await query().filter(\.$code == draft.code).first() != nil {
            errors.append(.init("code", .taken))
        }
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        let record = AreaRecord()
        record.municipalityID = municipalityID
        record.code = draft.code
        record.name = draft.name.trimmingCharacters(in: .whitespaces)
        record.active = true
        record.approximate = false
        try await record.create(on: database.db)
        return record.value
    }

    public func update(_ id: UUID, with draft: AreaDraft) async throws {
        defer { database.catalogueCache.clear(municipalityID) }
        var errors = draft.validate()
        if errors.isEmpty, let other = try await query().filter(\.$code == draft.code).first(), other.id != id {
            errors.append(.init("code", .taken))
        }
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        let record = try await record(id)
        record.code = draft.code
        record.name = draft.name.trimmingCharacters(in: .whitespaces)
        try await record.save(on: database.db)
    }

    public func setActive(_ id: UUID, _ active: Bool) async throws {
        defer { database.catalogueCache.clear(municipalityID) }
        let record = try await record(id)
        record.active = active
        try await record.save(on: database.db)
    }

    private func record(_ id: UUID) async throws -> AreaRecord {
        guard let record = try await query().filter(\.$id == id).first() else { throw StoreError.notFound("area") }
        return record
    }

    private func query() -> QueryBuilder<AreaRecord> {
        AreaRecord.query(on: database.db).filter(\.$municipalityID == municipalityID)
    }
}
