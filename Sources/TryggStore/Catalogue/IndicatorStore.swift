import FluentKit
import Foundation
import TryggCore

/// The municipality's indicator catalogue. Entries are deactivated, never deleted, so old reports keep meaning.
public struct IndicatorStore: Sendable {
    let database: TryggDatabase
    let municipalityID: UUID

    public init(_ database: TryggDatabase, municipalityID: UUID) {
        self.database = database
        self.municipalityID = municipalityID
    }

    public func all() async throws -> [Indicator] {
        try await query().with(\.$subtypes).sort(\.$position).all().map(\.value)
    }

    public func find(_ id: UUID) async throws -> Indicator? {
        try await query().filter(\.$id == id).with(\.$subtypes).first()?.value
    }

    @discardableResult
    public func create(_ draft: IndicatorDraft) async throws -> Indicator {
        defer { database.catalogueCache.clear(municipalityID) }
        var errors = draft.validate()
        if errors.isEmpty, try await query().filter(\.$code == draft.code).first() != nil {
            errors.append(.init("code", .taken))
        }
        guard errors.isEmpty, case .success(let subtypes) = draft.parsedSubtypes() else {
            throw ValidationFailure(errors)
        }
        let position = (try await query().max(\.$position) ?? 0) + 1
        let indicator = Indicator(
            id: UUID(), code: draft.code, nameSv: draft.nameSv, nameEn: draft.nameEn,
            asksForPeopleCount: draft.asksForPeopleCount, subtypes: subtypes,
            guidanceSv: draft.guidanceSv.trimmingCharacters(in: .whitespacesAndNewlines),
            guidanceEn: draft.guidanceEn.trimmingCharacters(in: .whitespacesAndNewlines)
        )
        try await insert(indicator, position: position)
        return indicator
    }

    /// Stores a complete indicator (used when seeding the default catalogue).
    func insert(_ indicator: Indicator, position: Int) async throws {
        try await database.db.transaction { db in
            let record = IndicatorRecord()
            record.id = indicator.id
            record.municipalityID = municipalityID
            record.code = indicator.code
            record.nameSv = indicator.nameSv.trimmingCharacters(in: .whitespaces)
            record.nameEn = indicator.nameEn.trimmingCharacters(in: .whitespaces)
            record.asksForPeopleCount = indicator.asksForPeopleCount
            record.guidanceSv = indicator.guidanceSv
            record.guidanceEn = indicator.guidanceEn
            record.active = indicator.active
            record.position = position
            try await record.create(on: db)
            for (index, subtype) in indicator.subtypes.enumerated() {
                try await IndicatorSubtypeRecord(indicatorID: indicator.id, subtype: subtype, position: index).create(
                    on: db)
            }
        }
    }

    /// Changes an indicator; sub-types left out of the draft are deactivated, not deleted.
    public func update(_ id: UUID, with draft: IndicatorDraft) async throws {
        defer { database.catalogueCache.clear(municipalityID) }
        var errors = draft.validate()
        if errors.isEmpty, let other = try await query().filter(\.$code == draft.code).first(), other.id != id {
            errors.append(.init("code", .taken))
        }
        guard errors.isEmpty, case .success(let subtypes) = draft.parsedSubtypes() else {
            throw ValidationFailure(errors)
        }
        guard let record = try await query().filter(\.$id == id).with(\.$subtypes).first() else {
            throw StoreError.notFound("indicator")
        }
        try await database.db.transaction { db in
            record.code = draft.code
            record.nameSv = draft.nameSv.trimmingCharacters(in: .whitespaces)
            record.nameEn = draft.nameEn.trimmingCharacters(in: .whitespaces)
            record.asksForPeopleCount = draft.asksForPeopleCount
            record.guidanceSv = draft.guidanceSv.trimmingCharacters(in: .whitespacesAndNewlines)
            record.guidanceEn = draft.guidanceEn.trimmingCharacters(in: .whitespacesAndNewlines)
            try await record.save(on: db)
            let existing = Dictionary(uniqueKeysWithValues: record.subtypes.map { ($0.code, $0) })
            for (index, subtype) in subtypes.enumerated() {
                if let old = existing[subtype.code] {
                    old.nameSv = subtype.nameSv
                    old.nameEn = subtype.nameEn
                    old.active = true
                    old.position = index
                    try await old.save(on: db)
                } else {
                    try await IndicatorSubtypeRecord(indicatorID: id, subtype: subtype, position: index).create(on: db)
                }
            }
            for old in record.subtypes where !subtypes.contains(where: { $0.code == old.code }) && old.active {
                old.active = false
                try await old.save(on: db)
            }
        }
    }

    public func setActive(_ id: UUID, _ active: Bool) async throws {
        defer { database.catalogueCache.clear(municipalityID) }
        guard let record = try await query().filter(\.$id == id).first() else { throw StoreError.notFound("indicator") }
        record.active = active
        try await record.save(on: database.db)
    }

    private func query() -> QueryBuilder<IndicatorRecord> {
        IndicatorRecord.query(on: database.db).filter(\.$municipalityID == municipalityID)
    }
}
