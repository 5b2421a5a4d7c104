import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The weekly coordination meeting: the agenda of submitted reports by area and indicator, decisions one
/// by one or in bulk, duplicate suggestions, notes and focus areas, and closing, which publishes the week.
struct MeetingController {
    let database: TryggDatabase
    let renderer: PageRenderer

    func register(on router: RouterGroup<AppRequestContext>) {
        router.get(RouterPath(SitePath.meetings)) { _, context in
            try context.require(.reviewer, .coordinator)
            return Response.redirect(to: SitePath.meeting(ISOWeek(containing: Date())))
        }
        router.get("/meetings/:week") { request, context in try await agenda(request, context, notice: nil) }
        router.post("/meetings/:week/decisions") { request, context in try await decideMany(request, context) }
        router.post("/meetings/:week/merge") { request, context in
            let (signedIn, week) = try Self.meetingContext(context)
            var request = request
            let form = try await request.form()
            guard let duplicate = UUID(uuidString: form["duplicate"]), let kept = UUID(uuidString: form["kept"]) else { throw AppError.notFound }
            try await ReportStore(database, municipalityID: signedIn.municipality.id).merge(duplicate, into: kept, by: signedIn.user)
            return Response.redirect(to: SitePath.meeting(week) + "?merged=1")
        }
        router.post("/meetings/:week/notes") { request, context in
            let (signedIn, week) = try Self.meetingContext(context)
            var request = request
            let form = try await request.form()
            try await MeetingStore(database, municipalityID: signedIn.municipality.id)
                .save(week, participants: form.all("participants"), notes: form["notes"], focus: form["focus"])
            return Response.redirect(to: SitePath.meeting(week) + "?saved=1")
        }
        router.post("/meetings/:week/close") { _, context in
            let (signedIn, week) = try Self.meetingContext(context)
            _ = try await MeetingStore(database, municipalityID: signedIn.municipality.id).close(week, by: signedIn.user)
            return Response.redirect(to: SitePath.week(week) + "?published=1")
        }
    }

    static func meetingContext(_ context: AppRequestContext) throws -> (SignedInUser, ISOWeek) {
        let signedIn = try context.require(.reviewer, .coordinator)
        guard let week = context.parameters.get("week").flatMap(ISOWeek.init) else { throw AppError.notFound }
        return (signedIn, week)
    }

    func decideMany(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (signedIn, week) = try Self.meetingContext(context)
        var request = request
        let form = try await request.form()
        guard let decision = ReviewDecision(rawValue: form["decision"]) else { throw AppError.invalid([.init("decision", .required)]) }
        let ids = form.all("report").compactMap(UUID.init(uuidString:))
        let store = ReportStore(database, municipalityID: signedIn.municipality.id)
        var decided = 0, refused = 0
        for id in ids {
            do {
                _ = try await store.decide(id, decision, comment: form["comment"], by: signedIn.user)
                decided += 1
            } catch is ValidationFailure {
                return try await agenda(request, context, notice: renderer.texts(context)["meeting_comment_needed"], status: .unprocessableContent)
            } catch StoreError.conflict {
                refused += 1
            }
        }
        return Response.redirect(to: SitePath.meeting(week) + "?decided=\(decided)&conflicts=\(refused)")
    }

    func agenda(_ request: Request, _ context: AppRequestContext, notice: String?, status: HTTPResponse.Status = .ok) async throws -> Response {
        let (signedIn, week) = try Self.meetingContext(context)
        let texts = renderer.texts(context)
        let store = ReportStore(database, municipalityID: signedIn.municipality.id)
        let submitted = try await store.list(scope: .all, filter: .init(status: .submitted), limit: 5_000)
        let names = try await CatalogueNames.load(database, signedIn.municipality, texts)
        let meeting = try await MeetingStore(database, municipalityID: signedIn.municipality.id).meeting(week)
        let organisations = try await OrganisationStore(database, municipalityID: signedIn.municipality.id).all().filter(\.active)
        let groups = Dictionary(grouping: submitted) { names.area($0.areaCode) }.sorted { $0.key < $1.key }.map { area, reports in
            [
                "area": area,
                "reports": reports.sorted { (names.what($0), $0.occurredAt) < (names.what($1), $1.occurredAt) }.map { report in
                    ["id": report.id.uuidString, "href": SitePath.report(report.id), "what": names.what(report),
                     "when": CatalogueNames.when(report, texts), "place": report.placeDescription.nonEmpty as Any, "description": report.description]
                },
            ] as [String: Any]
        }
        let byID = Dictionary(uniqueKeysWithValues: submitted.map { ($0.id, $0) })
        let duplicates = DuplicateFinder().pairs(in: submitted).map { first, second -> [String: Any] in
            ["kept": first.uuidString, "duplicate": second.uuidString, "what": names.what(byID[first]!),
             "first": CatalogueNames.when(byID[first]!, texts), "second": CatalogueNames.when(byID[second]!, texts),
             "area": names.area(byID[first]!.areaCode)]
        }
        let query = request.uri.queryParameters
        let decidedNotice = query["decided"].map { texts["meeting_decided"].replacingOccurrences(of: "{count}", with: String($0))
            + ((query["conflicts"].flatMap { Int(String($0)) } ?? 0) > 0 ? " " + texts["meeting_conflicts"] : "") }
        return renderer.page(
            "meeting", title: texts["meeting_title"].replacingOccurrences(of: "{week}", with: week.description),
            content: [
                "week": week.description, "groups": groups, "count": submitted.count, "hasReports": !submitted.isEmpty,
                "duplicates": duplicates, "hasDuplicates": !duplicates.isEmpty,
                "notes": meeting?.notes ?? "", "focus": meeting?.focus ?? "", "closed": meeting?.isClosed ?? false,
                "organisations": organisations.map { ["code": $0.code, "name": $0.name, "checked": meeting?.participants.contains($0.code) ?? false] },
                "notice": notice ?? decidedNotice ?? (query["saved"] != nil ? texts["admin_saved"] : nil) as Any,
                "previousHref": SitePath.meeting(week.adding(weeks: -1)), "nextHref": SitePath.meeting(week.adding(weeks: 1)),
                "weekHref": SitePath.week(week),
            ],
            request: request, context: context, status: status
        )
    }
}
