import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// One report: what, when, where, its status, its history for those who may see it, and the reviewer's
/// decision form.
struct ReportDetail {
    let renderer: PageRenderer

    /// The decision form as the reviewer left it: the comment typed, and why it was refused.
    struct DecisionState: Sendable {
        var comment = ""
        var error: String?
        /// Someone else decided first: what they did.
        var conflict: String?
    }

    func show(
        _ request: Request, _ context: AppRequestContext, decision: DecisionState = .init(),
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let signedIn = try context.requireUser()
        let texts = renderer.texts(context)
        let scope = ReportScope.of(signedIn.user)
        let store = signedIn.stores.reports
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let report = try await store.find(id, scope: scope)
        else { throw AppError.notFound }
        let names = try await signedIn.stores.catalogue.names(in: texts.language)
        let own = report.reporterID == signedIn.user.id
        let mayReadHistory = own || scope == .all
        let users = try await signedIn.stores.users.all()
        let userNames = Dictionary(uniqueKeysWithValues: users.map { ($0.id, $0.displayName) })
        // A redacted original is kept for coordinators only: it may hold exactly what was removed.
        let coordinator = signedIn.user.can(.administer)
        var history: [ReportPage.Event] = []
        for event in mayReadHistory ? try await store.history(of: id) : [] {
            var comment = event.action == .redacted && !coordinator ? nil : event.comment
            // Stored comments of these events are codes (a week, a report id): people read names.
            if event.action == .published, let week = comment.flatMap(ISOWeek.init) {
                comment = texts["history_published_in"].replacingOccurrences(
                    of: "{week}", with: texts.numbers.week(week))
            } else if event.action == .merged, let keptID = comment.flatMap(UUID.init(uuidString:)) {
                let kept = try await store.find(keptID, scope: scope)
                comment = kept.map {
                    texts["history_merged_into"].replacingOccurrences(
                        of: "{report}", with: names.what($0) + ", " + ReportTime.when($0, texts))
                }
            }
            history.append(
                .init(
                    when: LocalTime.minute(event.at), who: userNames[event.actorID] ?? "?",
                    what: texts["event_\(event.action.rawValue)"], comment: comment))
        }
        var fed: [ReportPage.FedProblem] = []
        let covering = try await signedIn.stores.problems.all().filter { $0.covers(report) }
        let measuresByProblem =
            covering.isEmpty ? [:] : Dictionary(grouping: try await signedIn.stores.measures.all(), by: \.problemID)
        for problem in covering {
            let measures = (measuresByProblem[problem.id] ?? []).map(\.title)
            fed.append(
                .init(
                    title: "\(problem.code) \(problem.title)", href: Route.problem(.value(problem.id)).path,
                    status: texts["problem_status_\(problem.status.rawValue)"],
                    measures: measures.isEmpty ? nil : measures.joined(separator: "; ")))
        }
        let query = request.uri.queryParameters
        return renderer.page(
            "report", title: names.what(report),
            page: ReportPage(
                what: names.what(report), when: ReportTime.when(report, texts), area: names.area(report.areaCode),
                place: report.placeDescription.nonEmpty, description: report.description,
                people: report.peopleCount.map(String.init),
                position: report.latitude.map { String(format: "%.5f, %.5f", $0, report.longitude ?? 0) },
                status: texts["status_\(report.status.rawValue)"], week: texts.numbers.week(report.week),
                reviewComment: (own || scope == .all) ? report.reviewComment : nil, history: history, problems: fed,
                editHref: own && report.status.editableByReporter ? Route.editReport(.value(id)).path : nil,
                decide: scope == .all && report.status == .submitted && signedIn.user.can(.review),
                decisionAction: Route.decide(.value(id)).path, version: report.version,
                correctHref: Route.correctReport(.value(id)).path,
                submitted: query["submitted"] != nil, saved: query["saved"] != nil,
                decidedNotice: query["decided"].flatMap { ReviewDecision(rawValue: String($0)) }.map {
                    texts["review_decided_\($0.rawValue)"]
                },
                decisionComment: decision.comment, decisionError: decision.error, decisionConflict: decision.conflict,
                checkNames: query["check"] != nil && own && report.status.editableByReporter,
                highlighted: HighlightedText.pieces(
                    report.description, PersonalDataGuard.findings(in: report.description), texts: texts)
            ),
            request: request, context: context, status: status
        )
    }
}
