import FluentKit
import Foundation
import TryggCore

/// Organisations of one municipality: the parties whose staff report and review.
public struct OrganisationStore: Sendable {
    let database: TryggDatabase
    let municipalityID: UUID

    public init(_ database: TryggDatabase, municipalityID: UUID) {
        self.database = database
        self.municipalityID = municipalityID
    }

    public func all() async throws -> [Organisation] {
        try await query().sort(\.$name).all().map(\.value)
    }

    public func find(_ id: UUID) async throws -> Organisation? {
        try await query().filter(\.$id == id).first()?.value
    }

    public func find(code: String) async throws -> Organisation? {
        try await query().filter(\.$code == code).first()?.value
    }

    @discardableResult
    public func create(_ draft: OrganisationDraft) async throws -> Organisation {
        var errors = draft.validate()
        if errors.isEmpty, try await find(code: draft.code) != nil { errors.append(.init("code", .taken)) }
        guard errors.isEmpty, let kind = draft.kind else { throw ValidationFailure(errors) }
        let record = OrganisationRecord(
            municipalityID: municipalityID, code: draft.code,
            name: draft.name.trimmingCharacters(in: .whitespaces), kind: kind
        )
        try await record.create(on: database.db)
        return record.value
    }

    public func update(_ id: UUID, with draft: OrganisationDraft) async throws {
        var errors = draft.validate()
        if errors.isEmpty, let other = try await find(code: draft.code), other.id != id {
            errors.append(.init("code", .taken))
        }
        guard errors.isEmpty, let kind = draft.kind else { throw ValidationFailure(errors) }
        let record = try await record(id)
        record.code = draft.code
        record.name = draft.name.trimmingCharacters(in: .whitespaces)
        record.kind = kind.rawValue
        try await record.save(on: database.db)
    }

    /// Organisations are deactivated, never deleted: users and reports refer to them.
    public func setActive(_ id: UUID, _ active: Bool) async throws {
        let record = try await record(id)
        record.active = active
        try await record.save(on: database.db)
    }

    private func record(_ id: UUID) async throws -> OrganisationRecord {
        guard let record = try await query().filter(\.$id == id).first() else {
            throw StoreError.notFound("organisation")
        }
        return record
    }

    private func query() -> QueryBuilder<OrganisationRecord> {
        OrganisationRecord.query(on: database.db).filter(\.$municipalityID == municipalityID)
    }
}
