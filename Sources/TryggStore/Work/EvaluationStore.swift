import FluentKit
import Foundation
import TryggCore

/// Evaluation designs, version by version, and what they show with the approved reports.
public struct EvaluationStore: Sendable {
    let database: TryggDatabase
    let municipalityID: UUID

    public init(_ database: TryggDatabase, municipalityID: UUID) {
        self.database = database
        self.municipalityID = municipalityID
    }

    public var history: WorkHistory { WorkHistory(database: database, municipalityID: municipalityID) }

    /// The design in force for a measure: its latest version.
    public func current(measure: UUID) async throws -> EvaluationDesign? {
        try await versions(measure: measure).last
    }

    /// Every version of a measure's design, oldest first.
    public func versions(measure: UUID) async throws -> [EvaluationDesign] {
        try await query().filter(\.$measureID == measure).sort(\.$version).all().map(Self.value)
    }

    public func find(_ id: UUID) async throws -> EvaluationDesign? {
        try await query().filter(\.$id == id).first().map(Self.value)
    }

    /// The current design of every measure.
    public func all() async throws -> [EvaluationDesign] {
        let designs = try await query().sort(\.$version).all().map(Self.value)
        return Dictionary(grouping: designs, by: \.measureID).values.compactMap(\.last)
            .sorted { $0.createdAt < $1.createdAt }
    }

    /// Saves a design as the measure's next version. Written after the measure started, it is marked so:
    /// the design was meant to be fixed before anyone could see the result. `expectedVersion` is the version
    /// the writer saw (0 for none), so two planners saving at once do not silently overwrite each other.
    public func save(
        _ design: EvaluationDesign, expectedVersion: Int?, by actor: User, now: Date = Date()
    )
        async throws -> EvaluationDesign
    {
        guard let measure = try await MeasureStore(database, municipalityID: municipalityID).find(design.measureID)
        else { throw StoreError.notFound("measure") }
        let catalogue = try await CurrentCatalogue(database, municipalityID: municipalityID).load()
        let errors = design.errors(
            indicators: Set(catalogue.indicators.map(\.code)), areas: Set(catalogue.areas.map(\.code)))
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        let municipalityID = municipalityID
        return try await database.db.transaction { db in
            let latest =
                try await EvaluationDesignRecord.query(on: db).filter(\.$measureID == measure.id).max(\.$version) ?? 0
            guard expectedVersion == nil || expectedVersion == latest else { throw StoreError.conflict("evaluation") }
            // Whether the measure has started is read here, in the transaction, so a start committed a moment
            // ago is seen. Only a changed test is flagged: a conclusion written after the result is not.
            let started =
                try await WorkTable.current(
                    Measure.self, table: MeasureRecord.schema, id: measure.id, municipalityID: municipalityID, on: db,
                    what: "measure"
                ).actualStart != nil
            let previous = try await EvaluationDesignRecord.query(on: db).filter(\.$measureID == measure.id)
                .filter(\.$version == latest).first().map(Self.value)
            var saved = design
            saved.id = UUID()
            saved.version = latest + 1
            let testChanged = started && !(previous.map { $0.sameTest(as: design) } ?? false)
            saved.changedAfterStart =
                testChanged || previous.map { $0.sameTest(as: design) && $0.changedAfterStart } ?? false
            saved.createdBy = actor.id
            saved.createdAt = now
            let record = EvaluationDesignRecord()
            record.id = saved.id
            record.municipalityID = municipalityID
            record.measureID = measure.id
            record.version = saved.version
            record.body = try WorkBody.encode(saved)
            record.createdAt = now
            do { try await record.create(on: db) } catch { throw StoreError.conflict("evaluation") }
            try await WorkHistory.write(
                testChanged ? "design_changed_after_start" : "design_saved", about: measure.id,
                by: actor.id, at: now, comment: "v\(saved.version)", municipalityID: municipalityID, on: db)
            return saved
        }
    }

    /// What the design shows with the approved reports as of `now`.
    public func outcome(_ design: EvaluationDesign, now: Date = Date()) async throws -> EvaluationOutcome {
        let events = try await ReportStore(database, municipalityID: municipalityID).analysisEvents(
            from: design.before.from.start, to: design.after.until.start, withPlace: false,
            indicators: design.indicatorCodes,
            areas: [design.treatedArea, design.comparisonArea] + (design.bufferArea.map { [$0] } ?? []))
        return try EvaluationOutcome.count(events, design: design, today: LocalDate(now))
    }

    /// What several designs show, from one read of the reports they need between them: a list, the steering
    /// overview and the agenda show every evaluation at once.
    public func outcomes(_ designs: [EvaluationDesign], now: Date = Date()) async throws -> [UUID: EvaluationOutcome] {
        guard let from = designs.map(\.before.from).min(), let until = designs.map(\.after.until).max() else {
            return [:]
        }
        let events = try await ReportStore(database, municipalityID: municipalityID).analysisEvents(
            from: from.start, to: until.start, withPlace: false,
            indicators: Array(Set(designs.flatMap(\.indicatorCodes))),
            areas: Array(
                Set(designs.flatMap { [$0.treatedArea, $0.comparisonArea] + ($0.bufferArea.map { [$0] } ?? []) })))
        var outcomes: [UUID: EvaluationOutcome] = [:]
        for design in designs {
            outcomes[design.measureID] = try EvaluationOutcome.count(events, design: design, today: LocalDate(now))
        }
        return outcomes
    }

    private func query() -> QueryBuilder<EvaluationDesignRecord> {
        EvaluationDesignRecord.query(on: database.db).filter(\.$municipalityID == municipalityID)
    }

    static func value(_ record: EvaluationDesignRecord) throws -> EvaluationDesign {
        try WorkBody.decode(EvaluationDesign.self, record.body, table: "evaluation_designs")
    }
}
