import FluentKit
import Foundation
import SQLKit
import TryggCore

/// Working groups: appointing one (with the decision that does it), changing it, and its history.
public struct WorkingGroupStore: Sendable {
    let database: TryggDatabase
    let municipalityID: UUID

    public init(_ database: TryggDatabase, municipalityID: UUID) {
        self.database = database
        self.municipalityID = municipalityID
    }

    public var history: WorkHistory { WorkHistory(database: database, municipalityID: municipalityID) }

    public func all() async throws -> [WorkingGroup] {
        try await WorkingGroupRecord.query(on: database.db).filter(\.$municipalityID == municipalityID)
            .sort(\.$createdAt).all().map(Self.value)
    }

    public func find(_ id: UUID) async throws -> WorkingGroup? {
        try await WorkingGroupRecord.query(on: database.db).filter(\.$municipalityID == municipalityID)
            .filter(\.$id == id).first().map(Self.value)
    }

    /// Appoints a group; with a decision draft the appointing decision is recorded in the same transaction.
    public func create(
        _ draft: WorkingGroupDraft, decision: DecisionStore.Draft?, by actor: User, now: Date = Date()
    ) async throws -> WorkingGroup {
        try await check(draft)
        let municipalityID = municipalityID
        return try await database.db.transaction { db in
            let id = UUID()
            var decisionID: UUID?
            if let decision {
                decisionID = try await DecisionStore.record(
                    decision, subject: nil, by: actor, now: now, municipalityID: municipalityID, on: db
                ).id
            }
            let group = WorkingGroup(id: id, draft: draft, decisionID: decisionID, createdBy: actor.id, createdAt: now)
            let record = WorkingGroupRecord()
            record.id = id
            record.municipalityID = municipalityID
            record.status = group.status.rawValue
            record.version = group.version
            record.body = try WorkBody.encode(group)
            record.createdAt = now
            try await record.create(on: db)
            try await WorkHistory.write(
                "appointed", about: id, by: actor.id, at: now, comment: nil, municipalityID: municipalityID, on: db)
            return group
        }
    }

    /// Changes name, mandate, convenor, members or status, if nobody changed the group since `expectedVersion`.
    public func update(
        _ id: UUID, _ draft: WorkingGroupDraft, expectedVersion: Int?, by actor: User, now: Date = Date()
    ) async throws -> WorkingGroup {
        try await check(draft)
        let municipalityID = municipalityID
        return try await database.db.transaction { db in
            let before = try await WorkTable.current(
                WorkingGroup.self, table: WorkingGroupRecord.schema, id: id, municipalityID: municipalityID, on: db,
                what: "working group")
            try WorkTable.check(expectedVersion, against: before.version, what: "working group")
            var after = before
            after.name = draft.name
            after.mandate = draft.mandate
            after.convenorID = draft.convenorID
            after.memberIDs = draft.memberIDs
            after.status = draft.status
            after.version = before.version + 1
            try await WorkTable.write(
                after, table: WorkingGroupRecord.schema, id: id, from: before.version,
                columns: [("status", after.status.rawValue)], on: db, what: "working group")
            try await WorkHistory.write(
                "edited", about: id, by: actor.id, at: now, comment: nil, municipalityID: municipalityID, on: db)
            return after
        }
    }

    private func check(_ draft: WorkingGroupDraft) async throws {
        let users = try await UserStore(database, municipalityID: municipalityID).all().filter(\.active)
        let errors = draft.errors(users: Set(users.map(\.id)))
        guard errors.isEmpty else { throw ValidationFailure(errors) }
    }

    static func value(_ record: WorkingGroupRecord) throws -> WorkingGroup {
        try WorkBody.decode(WorkingGroup.self, record.body, table: "working_groups")
    }
}
