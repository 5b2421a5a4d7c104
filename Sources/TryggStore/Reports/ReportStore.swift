import FluentKit
import Foundation
import SQLKit
import TryggCore

/// A report draft that failed its checks, with every field error and personal-data finding.
public struct ReportRefusal: Error, Sendable, Equatable {
    public var validation: ReportValidation
}

/// Filters for report lists; nil means any.
public struct ReportFilter: Sendable, Equatable {
    public var status: ReportStatus?
    public var week: ISOWeek?
    public var areaCode: String?
    public var indicatorCode: String?
    /// Occurred at or after.
    public var from: Date?
    /// Occurred before.
    public var to: Date?

    public init(
        status: ReportStatus? = nil, week: ISOWeek? = nil, areaCode: String? = nil, indicatorCode: String? = nil,
        from: Date? = nil, to: Date? = nil
    ) {
        self.status = status
        self.week = week
        self.areaCode = areaCode
        self.indicatorCode = indicatorCode
        self.from = from
        self.to = to
    }
}

/// The municipality's reports: submission, the reporter's edits, review decisions and the history of each.
public struct ReportStore: Sendable {
    let database: TryggDatabase
    let municipalityID: UUID

    public init(_ database: TryggDatabase, municipalityID: UUID) {
        self.database = database
        self.municipalityID = municipalityID
    }

    /// A stored report with what the personal-data guard found but let through (possible names): the
    /// reporter is asked to look again, without the guard running a second time.
    public struct Submission: Sendable {
        public var report: Report
        public var warnings: [PersonalDataFinding]
    }

    /// Checks and stores a new report; its area comes from its point when it has one. A `submissionKey`
    /// the reporter already used returns the report it created: a double tap, or a retry after a lost
    /// answer, files one report.
    public func submit(
        _ draft: ReportDraft, by reporter: User, submissionKey: String? = nil, now: Date = Date()
    ) async throws -> Report {
        try await submission(draft, by: reporter, submissionKey: submissionKey, now: now).report
    }

    /// `submit`, with the warnings of the check it ran.
    public func submission(
        _ draft: ReportDraft, by reporter: User, submissionKey: String? = nil, now: Date = Date()
    ) async throws -> Submission {
        let key = submissionKey.flatMap { $0.isEmpty ? nil : String($0.prefix(100)) }
        func repeated(_ existing: Report) throws -> Submission {
            let report = try Self.same(existing, as: draft)
            return Submission(
                report: report, warnings: PersonalDataGuard.findings(in: report.description).filter { !$0.blocks })
        }
        if let key, let existing = try await submitted(key, by: reporter) { return try repeated(existing) }
        let (areaCode, draft, warnings) = try await checkedWithWarnings(draft, now: now)
        let record = ReportRecord()
        record.id = UUID()
        record.municipalityID = municipalityID
        record.apply(draft, areaCode: areaCode)
        record.status = ReportStatus.submitted.rawValue
        record.reporterID = reporter.id
        record.organisationID = reporter.organisationID
        record.version = 1
        record.createdAt = now
        record.submissionKey = key
        // The row itself records the creation (who, when); the history reads it from there, so a
        // submission is one insert and needs no transaction.
        do {
            try await record.create(on: database.db)
        } catch {
            // Two arrivals of one submission at once: the unique key let the first in; this one finds it.
            if let key, let existing = try await submitted(key, by: reporter) { return try repeated(existing) }
            throw error
        }
        return Submission(report: try record.row.value(), warnings: warnings)
    }

    /// A repeated submission must repeat its content: a key reused for something else (a form sent back,
    /// changed and sent again; an API retry with another body) is a conflict, not the old report.
    static func same(_ report: Report, as draft: ReportDraft) throws -> Report {
        let description = draft.description.trimmingCharacters(in: .whitespacesAndNewlines)
        guard report.indicatorCode == draft.indicatorCode, report.description == description,
            draft.occurredAt.map({ abs($0.timeIntervalSince(report.occurredAt)) < 1 }) ?? false
        else {
            throw StoreError.conflict("report")
        }
        return report
    }

    private func submitted(_ key: String, by reporter: User) async throws -> Report? {
        try await query().filter(\.$reporterID == reporter.id).filter(\.$submissionKey == key).first()?.row.value()
    }

    /// The reporter changes their own report while it is not yet reviewed; a returned report is resubmitted.
    /// With `expectedVersion`, a report changed meanwhile (a reviewer's correction) is a conflict.
    public func edit(
        _ id: UUID, with draft: ReportDraft, by reporter: User, expectedVersion: Int? = nil, now: Date = Date()
    ) async throws -> Report {
        let (areaCode, draft) = try await checked(draft, now: now)
        return try await apply(
            id,
            Write(
                change: .edit, expectedVersion: expectedVersion, content: .init(area: areaCode, draft: draft),
                owner: reporter.id), by: reporter, now: now)
    }

    /// Records a reviewer's decision. With `expectedVersion`, a report changed meanwhile is a conflict:
    /// of two reviewers deciding at once, one wins and the other is told.
    public func decide(
        _ id: UUID, _ decision: ReviewDecision, comment: String?, by reviewer: User, expectedVersion: Int? = nil,
        now: Date = Date()
    ) async throws -> Report {
        let comment = comment?.trimmingCharacters(in: .whitespacesAndNewlines)
        if decision.needsComment && (comment ?? "").isEmpty { throw ValidationFailure([.init("comment", .required)]) }
        // The reporter and every reviewer read the comment: it gets the description's personal-data check.
        try FreeTextCheck.require([("comment", comment ?? "")])
        return try await apply(
            id, Write(change: .decide(decision), expectedVersion: expectedVersion, comment: comment), by: reviewer,
            now: now)
    }

    public func find(_ id: UUID, scope: ReportScope) async throws -> Report? {
        try await scoped(scope).filter(\.$id == id).first()?.row.value()
    }

    public func list(
        scope: ReportScope, filter: ReportFilter = ReportFilter(), limit: Int = 500
    ) async throws -> [Report] {
        let sql = database.db as! any SQLDatabase
        var query = sql.select().columns(ReportRow.columns.map { SQLColumn($0) }).from("reports")
            .where("municipality_id", .equal, municipalityID)
        if case .own(let reporterID) = scope { query = query.where("reporter_id", .equal, reporterID) }
        if let statuses = scope.statuses { query = query.where("status", .in, statuses.map(\.rawValue)) }
        if let status = filter.status { query = query.where("status", .equal, status.rawValue) }
        if let week = filter.week { query = query.where("week", .equal, week.description) }
        if let area = filter.areaCode { query = query.where("area_code", .equal, area) }
        if let indicator = filter.indicatorCode { query = query.where("indicator_code", .equal, indicator) }
        if let from = filter.from { query = query.where("occurred_at", .greaterThanOrEqual, from) }
        if let to = filter.to { query = query.where("occurred_at", .lessThan, to) }
        // A week holds a few thousand reports at most: they are sorted here, because an ORDER BY on the time
        // would tempt SQLite to walk the time index through every report instead of using the week's.
        if filter.week != nil {
            let rows = try await query.all(decoding: ReportRow.self).map { try $0.value() }
            return Array(rows.sorted { $0.occurredAt > $1.occurredAt }.prefix(limit))
        }
        return try await query.orderBy("occurred_at", .descending).limit(limit).all(decoding: ReportRow.self).map {
            try $0.value()
        }
    }

    /// The report's history, oldest first: its creation, from the report row, then every stored event.
    public func history(of id: UUID) async throws -> [ReportEvent] {
        guard let report = try await query().filter(\.$id == id).first() else { return [] }
        let created = ReportEvent(at: report.createdAt, actorID: report.reporterID, action: .created)
        let events = try await ReportEventRecord.query(on: database.db).filter(\.$reportID == id).sort(\.$at).all().map
        { try $0.value() }
        return [created] + events
    }

    /// Checks a draft against the catalogue; returns its area (from its point when it has one) and the draft
    /// as stored: a people count only for an indicator that asks for one.
    func checked(_ draft: ReportDraft, now: Date) async throws -> (area: String?, draft: ReportDraft) {
        let (area, stored, _) = try await checkedWithWarnings(draft, now: now)
        return (area, stored)
    }

    /// `checked`, with the findings the guard let through.
    func checkedWithWarnings(
        _ draft: ReportDraft, now: Date
    ) async throws -> (area: String?, draft: ReportDraft, warnings: [PersonalDataFinding]) {
        let catalogue = try await CurrentCatalogue(database, municipalityID: municipalityID).load()
        let validation = draft.validate(
            indicators: catalogue.indicators, areaCodes: Set(catalogue.areas.filter(\.active).map(\.code)), now: now
        )
        guard validation.isValid else { throw ReportRefusal(validation: validation) }
        var stored = draft
        if catalogue.indicators.first(where: { $0.code == draft.indicatorCode })?.asksForPeopleCount != true {
            stored.peopleCount = nil
        }
        let warnings = validation.findings.filter { !$0.blocks }
        if let latitude = draft.latitude, let longitude = draft.longitude {
            return (
                catalogue.locator.area(containing: GeoPoint(longitude: longitude, latitude: latitude))
                    ?? draft.areaCode, stored, warnings
            )
        }
        return (draft.areaCode, stored, warnings)
    }

    private func scoped(_ scope: ReportScope) -> QueryBuilder<ReportRecord> {
        var query = self.query()
        if case .own(let reporterID) = scope { query = query.filter(\.$reporterID == reporterID) }
        if let statuses = scope.statuses { query = query.filter(\.$status ~~ statuses.map(\.rawValue)) }
        return query
    }

    private func query() -> QueryBuilder<ReportRecord> {
        ReportRecord.query(on: database.db).filter(\.$municipalityID == municipalityID)
    }
}
