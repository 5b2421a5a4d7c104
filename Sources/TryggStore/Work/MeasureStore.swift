import FluentKit
import Foundation
import SQLKit
import TryggCore

/// Measures: proposing one against a problem, its life cycle (one primitive, `apply`) and its history.
public struct MeasureStore: Sendable {
    let database: TryggDatabase
    let municipalityID: UUID

    public init(_ database: TryggDatabase, municipalityID: UUID) {
        self.database = database
        self.municipalityID = municipalityID
    }

    public var history: WorkHistory { WorkHistory(database: database, municipalityID: municipalityID) }

    public func find(_ id: UUID) async throws -> Measure? {
        try await query(on: database.db).filter(\.$id == id).first().map(Self.value)
    }

    /// Every measure, or a problem's; oldest first.
    public func all(problem: UUID? = nil) async throws -> [Measure] {
        var query = query(on: database.db)
        if let problem { query = query.filter(\.$problemID == problem) }
        return try await query.sort(\.$createdAt).all().map(Self.value)
    }

    /// Proposes a measure against an open problem.
    public func create(_ draft: MeasureDraft, by actor: User, now: Date = Date()) async throws -> Measure {
        let problem = try await check(draft)
        guard problem.status.isOpen else { throw ValidationFailure([FieldError("problem", .closedAlready)]) }
        let measure = Measure(draft: draft, createdBy: actor.id, createdAt: now)
        let municipalityID = municipalityID
        return try await database.db.transaction { db in
            let record = MeasureRecord()
            record.id = measure.id
            record.municipalityID = municipalityID
            record.problemID = measure.problemID
            record.status = measure.status.rawValue
            record.organisationID = measure.organisationID
            record.contactUserID = measure.contactUserID
            record.version = measure.version
            record.body = try WorkBody.encode(measure)
            record.createdAt = now
            try await record.create(on: db)
            try await WorkHistory.write(
                "proposed", about: measure.id, by: actor.id, at: now, comment: nil, municipalityID: municipalityID,
                on: db)
            return measure
        }
    }

    /// The one way a stored measure changes; as `ProblemStore.apply`.
    public func apply(
        _ id: UUID, _ change: MeasureChange, expectedVersion: Int?, decision: DecisionStore.Draft? = nil,
        comment: String? = nil, by actor: User, now: Date = Date()
    ) async throws -> Measure {
        if case .edit(let draft) = change { _ = try await check(draft, existing: try await find(id)) }
        let municipalityID = municipalityID
        return try await database.db.transaction { db in
            let before = try await WorkTable.current(
                Measure.self, table: MeasureRecord.schema, id: id, municipalityID: municipalityID, on: db,
                what: "measure")
            try WorkTable.check(expectedVersion, against: before.version, what: "measure")
            var change = change
            if case .decide(let decisionID) = change {
                // The guard's own refusals (dates, causes, effect) come before asking for a decision.
                _ = try MeasureChange.decide(decisionID: UUID()).applied(to: before, by: actor.id, at: now).get()
                let id = try await DecisionStore.resolve(
                    decision, existing: decisionID, about: .init(.measure, id), by: actor, now: now,
                    municipalityID: municipalityID, on: db)
                change = .decide(decisionID: id)
            }
            let after = try change.applied(to: before, by: actor.id, at: now).get()
            try await WorkTable.write(
                after, table: MeasureRecord.schema, id: id, from: before.version,
                columns: [
                    ("status", after.status.rawValue), ("organisation_id", after.organisationID),
                    ("contact_user_id", after.contactUserID),
                ], on: db, what: "measure")
            try await WorkHistory.write(
                change.action, about: id, by: actor.id, at: now, comment: comment ?? change.historyComment,
                municipalityID: municipalityID, on: db)
            return after
        }
    }

    /// The draft's problem, once the draft is known to fit it, the catalogue and the organisations. A newly
    /// chosen organisation or contact must be active; one chosen before may since have been deactivated.
    private func check(_ draft: MeasureDraft, existing: Measure? = nil) async throws -> Problem {
        guard let problem = try await ProblemStore(database, municipalityID: municipalityID).find(draft.problemID)
        else { throw ValidationFailure([FieldError("problem", .unknown)]) }
        let catalogue = try await CurrentCatalogue(database, municipalityID: municipalityID).load()
        var errors = draft.errors(
            problem: problem, indicators: Set(catalogue.indicators.map(\.code)),
            areas: Set(catalogue.areas.map(\.code)))
        let organisation = try await OrganisationStore(database, municipalityID: municipalityID)
            .find(draft.organisationID)
        if organisation == nil || (organisation?.active == false && existing?.organisationID != draft.organisationID) {
            errors.append(.init("organisation", .unknown))
        }
        if let contact = draft.contactUserID {
            let user = try await UserStore(database, municipalityID: municipalityID).find(contact)
            if user == nil || (user?.active == false && existing?.contactUserID != contact) {
                errors.append(.init("contact", .unknown))
            }
        }
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        return problem
    }

    private func query(on db: any Database) -> QueryBuilder<MeasureRecord> {
        MeasureRecord.query(on: db).filter(\.$municipalityID == municipalityID)
    }

    static func value(_ record: MeasureRecord) throws -> Measure {
        try WorkBody.decode(Measure.self, record.body, table: "measures")
    }
}

extension MeasureChange {
    /// What the history keeps besides the action.
    var historyComment: String? {
        switch self {
        case .postpone(let reason), .cancel(let reason): reason
        case .logProgress(let text): text
        case .start(let day): day.description
        case .complete(let day, let fidelity, _, _): "\(day) \(fidelity.rawValue)"
        default: nil
        }
    }
}
