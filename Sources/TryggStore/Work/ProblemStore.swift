import FluentKit
import Foundation
import SQLKit
import TryggCore

/// Problems: raising one, its life cycle (one primitive, `apply`) and its history.
public struct ProblemStore: Sendable {
    let database: TryggDatabase
    let municipalityID: UUID

    public init(_ database: TryggDatabase, municipalityID: UUID) {
        self.database = database
        self.municipalityID = municipalityID
    }

    public var history: WorkHistory { WorkHistory(database: database, municipalityID: municipalityID) }

    public func find(_ id: UUID) async throws -> Problem? {
        try await query(on: database.db).filter(\.$id == id).first().map(Self.value)
    }

    /// Every problem, the newest code first.
    public func all() async throws -> [Problem] {
        try await query(on: database.db).sort(\.$createdAt, .descending).all().map(Self.value)
    }

    /// Raises a problem, numbered after the year's last one. Refuses unknown indicators or areas and
    /// personal data in its words.
    public func create(_ draft: ProblemDraft, by actor: User, now: Date = Date()) async throws -> Problem {
        try await check(draft)
        // Two people raising a problem at once race for the same number: the loser takes the next.
        for attempt in 1... {
            do {
                return try await createOnce(draft, by: actor, now: now)
            } catch StoreError.conflict where attempt < 3 {
                continue
            }
        }
        fatalError("unreachable")
    }

    private func createOnce(_ draft: ProblemDraft, by actor: User, now: Date) async throws -> Problem {
        let municipalityID = municipalityID
        return try await database.db.transaction { db in
            let year = LocalDate(now).year
            let count = try await ProblemRecord.query(on: db).filter(\.$municipalityID == municipalityID)
                .filter(\.$code >= "P-\(year)-").filter(\.$code < "P-\(year + 1)-").count()
            let problem = Problem(
                code: Problem.code(year: year, number: count + 1), draft: draft, createdBy: actor.id, createdAt: now)
            let record = ProblemRecord()
            record.id = problem.id
            record.municipalityID = municipalityID
            record.code = problem.code
            record.status = problem.status.rawValue
            record.version = problem.version
            record.body = try WorkBody.encode(problem)
            record.createdAt = now
            do { try await record.create(on: db) } catch { throw StoreError.conflict("problem") }
            try await WorkHistory.write(
                "proposed", about: problem.id, by: actor.id, at: now, comment: nil,
                municipalityID: municipalityID, on: db)
            return problem
        }
    }

    /// The one way a stored problem changes: in one transaction it reads the problem, refuses a stale version
    /// (`StoreError.conflict`) or a step its guard forbids (`ValidationFailure`), records the decision the
    /// step rests on, writes the new row with a compare-and-set on the version and appends the history.
    public func apply(
        _ id: UUID, _ change: ProblemChange, expectedVersion: Int?, decision: DecisionStore.Draft? = nil,
        comment: String? = nil, by actor: User, now: Date = Date()
    ) async throws -> Problem {
        if case .edit(let draft) = change { try await check(draft) }
        let municipalityID = municipalityID
        return try await database.db.transaction { db in
            let before = try await WorkTable.current(
                Problem.self, table: ProblemRecord.schema, id: id, municipalityID: municipalityID, on: db,
                what: "problem")
            try WorkTable.check(expectedVersion, against: before.version, what: "problem")
            var change = change
            if case .prioritise(let priority, let decisionID) = change {
                let id = try await DecisionStore.resolve(
                    decision, existing: decisionID, about: .init(.problem, id), by: actor, now: now,
                    municipalityID: municipalityID, on: db)
                change = .prioritise(priority: priority, decisionID: id)
            }
            try await Self.checkReferences(change, problem: before, municipalityID: municipalityID, on: db)
            let decided = try await MeasureRecord.query(on: db).filter(\.$problemID == id)
                .filter(\.$status ~~ [MeasureStatus.decided, .inProgress, .implemented].map(\.rawValue)).count()
            let after = try change.applied(to: before, facts: .init(decidedMeasures: decided), at: now).get()
            try await WorkTable.write(
                after, table: ProblemRecord.schema, id: id, from: before.version,
                columns: [("status", after.status.rawValue)], on: db, what: "problem")
            try await WorkHistory.write(
                change.action, about: id, by: actor.id, at: now, comment: comment ?? change.historyComment,
                municipalityID: municipalityID, on: db)
            return after
        }
    }

    /// What a step names must exist and fit: an open working group of this municipality, an evaluation of one
    /// of this problem's measures, a cause no measure still acts on.
    static func checkReferences(
        _ change: ProblemChange, problem: Problem, municipalityID: UUID, on db: any Database
    ) async throws {
        switch change {
        case .assign(let group?):
            let groups = try await WorkingGroupRecord.query(on: db).filter(\.$municipalityID == municipalityID)
                .filter(\.$id == group).filter(\.$status != WorkingGroup.Status.closed.rawValue).count()
            if groups == 0 { throw ValidationFailure([FieldError("workingGroup", .unknown)]) }
        case .close(_, _, let evaluation?):
            let measures = try await MeasureRecord.query(on: db).filter(\.$problemID == problem.id).all().compactMap(
                \.id)
            let designs = try await EvaluationDesignRecord.query(on: db).filter(\.$municipalityID == municipalityID)
                .filter(\.$id == evaluation).filter(\.$measureID ~~ measures).count()
            if designs == 0 { throw ValidationFailure([FieldError("evaluation", .unknown)]) }
        case .removeCause(let cause):
            let measures = try await MeasureRecord.query(on: db).filter(\.$problemID == problem.id).all()
            if try measures.map(MeasureStore.value).contains(where: { $0.causeIDs.contains(cause) }) {
                throw ValidationFailure([FieldError("cause", .inUse)])
            }
        default: break
        }
    }

    private func check(_ draft: ProblemDraft) async throws {
        let catalogue = try await CurrentCatalogue(database, municipalityID: municipalityID).load()
        let errors = draft.errors(
            indicators: Set(catalogue.indicators.map(\.code)), areas: Set(catalogue.areas.map(\.code)))
        guard errors.isEmpty else { throw ValidationFailure(errors) }
    }

    private func query(on db: any Database) -> QueryBuilder<ProblemRecord> {
        ProblemRecord.query(on: db).filter(\.$municipalityID == municipalityID)
    }

    static func value(_ record: ProblemRecord) throws -> Problem {
        try WorkBody.decode(Problem.self, record.body, table: "problems")
    }
}

extension ProblemChange {
    /// What the history keeps besides the action: a closing's reason, a cause's words.
    var historyComment: String? {
        switch self {
        case .close(_, let reason, _): reason.isEmpty ? nil : reason
        case .addCause(let cause): cause.text
        case .addEvidence(let evidence): evidence.evidence
        case .prioritise(let priority, _): String(priority)
        default: nil
        }
    }
}
