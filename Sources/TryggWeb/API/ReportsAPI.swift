import Foundation
import Hummingbird
import TryggCore
import TryggStore

extension HTTPFields.Element.Name {
    /// A client's key for one submission, so a retried request does not file a second report.
    static let idempotencyKey = Self("Idempotency-Key")!
}

/// `/api/v1/reports`: submit, list and read reports within the caller's scope, and decide on them.
struct ReportsAPI {

    /// A report as the API shows it; who reported is left out for those who may only read published weeks.
    struct ReportJSON: Encodable {
        var id: UUID
        var status: ReportStatus
        var indicator: String
        var subtype: String?
        var occurredAt: Date
        var partOfDay: ReportDraft.PartOfDay?
        var week: String
        var latitude: Double?
        var longitude: Double?
        var area: String?
        var placeDescription: String
        var description: String
        var peopleCount: Int?
        var reviewComment: String?
        var version: Int
        var reporter: UUID?
        /// Possible names in the description: accepted, but worth a second look.
        var warnings: [PersonalDataFinding]?

        init(_ report: Report, showReporter: Bool) {
            id = report.id
            status = report.status
            indicator = report.indicatorCode
            subtype = report.subtypeCode
            occurredAt = report.occurredAt
            partOfDay = report.partOfDay
            week = report.week.description
            latitude = report.latitude
            longitude = report.longitude
            area = report.areaCode
            placeDescription = report.placeDescription
            description = report.description
            peopleCount = report.peopleCount
            reviewComment = showReporter ? report.reviewComment : nil
            version = report.version
            reporter = showReporter ? report.reporterID : nil
        }
    }

    struct NewReport: Decodable {
        var indicator: String?
        var subtype: String?
        var occurredAt: Date?
        var partOfDay: ReportDraft.PartOfDay?
        var latitude: Double?
        var longitude: Double?
        var area: String?
        var placeDescription: String?
        var description: String?
        var peopleCount: Int?
        /// For a change (edit, correction): the version the caller read; a report changed since is a 409 conflict.
        var version: Int?

        var draft: ReportDraft {
            ReportDraft(
                indicatorCode: indicator ?? "", subtypeCode: subtype, occurredAt: occurredAt, partOfDay: partOfDay,
                latitude: latitude, longitude: longitude, areaCode: area, placeDescription: placeDescription ?? "",
                description: description ?? "", peopleCount: peopleCount
            )
        }
    }

    struct Merge: Decodable {
        /// The report that is kept; this one is folded into it.
        var into: UUID
        var version: Int?
    }

    /// One step of a report's history, as the report's page shows it.
    struct EventJSON: Encodable {
        var at: Date
        var action: ReportEvent.Action
        var actor: UUID
        var comment: String?
    }

    struct Decision: Decodable {
        var decision: ReviewDecision
        var comment: String?
        /// The version the reviewer saw; a report changed since is a 409 conflict.
        var version: Int?
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.post, APIRoute.reports) { request, context, signedIn in
            var request = request
            let body = try await request.json(NewReport.self, dates: Self.iso8601)
            // A retry with the same Idempotency-Key gets the report the first attempt created.
            let key = request.headers[.idempotencyKey]
            let submission = try await store(signedIn).submission(body.draft, by: signedIn.user, submissionKey: key)
            var json = ReportJSON(submission.report, showReporter: true)
            json.warnings = submission.warnings.isEmpty ? nil : submission.warnings
            return try JSONResponse.make(json, status: .created)
        }
        router.on(.get, APIRoute.reports) { request, context, signedIn in
            let scope = ReportScope.of(signedIn.user)
            let reports = try await store(signedIn).list(
                scope: scope, filter: try Self.filter(request.uri.queryParameters))
            return try JSONResponse.make(reports.map { ReportJSON($0, showReporter: scope != .published) })
        }
        router.on(.get, APIRoute.report(.key)) { _, context, signedIn in
            let scope = ReportScope.of(signedIn.user)
            guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)),
                let report = try await store(signedIn).find(id, scope: scope)
            else { throw AppError.notFound }
            return try JSONResponse.make(ReportJSON(report, showReporter: scope != .published))
        }
        router.on(.post, APIRoute.decision(.key)) { request, context, signedIn in
            var request = request
            let body = try await request.json(Decision.self)
            let report = try await store(signedIn).decide(
                try context.id(), body.decision, comment: body.comment, by: signedIn.user, expectedVersion: body.version
            )
            return try JSONResponse.make(ReportJSON(report, showReporter: true))
        }
        // The reporter's change of their own report; a returned report is resubmitted by it.
        router.on(.put, APIRoute.report(.key)) { request, context, signedIn in
            var request = request
            let body = try await request.json(NewReport.self, dates: Self.iso8601)
            let report = try await store(signedIn).edit(
                try context.id(), with: body.draft, by: signedIn.user, expectedVersion: body.version)
            return try JSONResponse.make(ReportJSON(report, showReporter: true))
        }
        router.on(.post, APIRoute.correction(.key)) { request, context, signedIn in
            var request = request
            let body = try await request.json(NewReport.self, dates: Self.iso8601)
            let report = try await store(signedIn).correct(
                try context.id(), with: body.draft, by: signedIn.user, expectedVersion: body.version)
            return try JSONResponse.make(ReportJSON(report, showReporter: true))
        }
        router.on(.post, APIRoute.merge(.key)) { request, context, signedIn in
            var request = request
            let body = try await request.json(Merge.self)
            let id = try context.id()
            try await store(signedIn).merge(id, into: body.into, by: signedIn.user, expectedVersion: body.version)
            guard let merged = try await store(signedIn).find(id, scope: .all) else { throw AppError.notFound }
            return try JSONResponse.make(ReportJSON(merged, showReporter: true))
        }
        // The same history the report's page shows, to those who may read it there.
        router.on(.get, APIRoute.history(.key)) { _, context, signedIn in
            let scope = ReportScope.of(signedIn.user)
            guard let report = try await store(signedIn).find(try context.id(), scope: scope),
                report.reporterID == signedIn.user.id || scope == .all
            else { throw AppError.notFound }
            let events = try await store(signedIn).history(of: report.id).map { event in
                // A redacted original may hold exactly what was removed: coordinators only.
                EventJSON(
                    at: event.at, action: event.action, actor: event.actorID,
                    comment: event.action == .redacted && !signedIn.user.can(.administer) ? nil : event.comment)
            }
            return try JSONResponse.make(events)
        }
    }

    /// ISO 8601 with or without fractional seconds, as scripts and browsers send it.
    static let iso8601 = JSONDecoder.DateDecodingStrategy.custom { decoder in
        let text = try decoder.singleValueContainer().decode(String.self)
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        throw DecodingError.dataCorrupted(
            .init(
                codingPath: decoder.codingPath,
                debugDescription: "'\(text)' is not an ISO 8601 date-time such as 2026-11-25T21:30:00+01:00"))
    }

    func store(_ signedIn: SignedInUser) -> ReportStore {
        signedIn.stores.reports
    }

    /// Reads `status`, `week`, `area` and `indicator`; a malformed value is a 422 naming it.
    static func filter(_ query: Parameters) throws -> ReportFilter {
        var filter = ReportFilter()
        var errors: [FieldError] = []
        if let status = query["status"] {
            if let parsed = ReportStatus(rawValue: String(status)) {
                filter.status = parsed
            } else {
                errors.append(.init("status", .unknown))
            }
        }
        if let week = query["week"] {
            if let parsed = ISOWeek(String(week)) {
                filter.week = parsed
            } else {
                errors.append(.init("week", .invalidWeek))
            }
        }
        filter.areaCode = query["area"].map(String.init)
        filter.indicatorCode = query["indicator"].map(String.init)
        guard errors.isEmpty else { throw AppError.invalid(errors) }
        return filter
    }
}
