import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// A reviewer's decision from a report's page: approve, return with a comment, or reject with a reason.
/// A refused decision comes back on the report's page with the comment as typed; a decision someone else
/// took first is named; after a decision the reviewer goes on to the next report awaiting review.
struct ReviewController {
    let renderer: PageRenderer

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.post, .decide(.key)) { request, context, signedIn in
            guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw AppError.notFound }
            var request = request
            let form = try await request.form()
            let texts = renderer.texts(context)
            let detail = ReportDetail(renderer: renderer)
            guard let decision = ReviewDecision(rawValue: form["decision"]) else {
                return try await detail.show(
                    request, context,
                    decision: .init(comment: form["comment"], error: texts["meeting_choose_decision"]),
                    status: .unprocessableContent)
            }
            let store = signedIn.stores.reports
            do {
                _ = try await store.decide(
                    id, decision, comment: form["comment"], by: signedIn.user, expectedVersion: Int(form["version"]))
            } catch let failure as ValidationFailure {
                let problem = failure.errors.first.map { texts.problem($0.problem) } ?? texts["error_invalid"]
                return try await detail.show(
                    request, context, decision: .init(comment: form["comment"], error: problem),
                    status: .unprocessableContent)
            } catch StoreError.conflict {
                let sentence = try await DecisionConflict(signedIn.stores, texts: texts).describe(id)
                return try await detail.show(
                    request, context, decision: .init(comment: form["comment"], conflict: sentence),
                    status: .conflict)
            }
            let next = try await store.list(scope: .all, filter: .init(status: .submitted), limit: 1).first
            let notice = "decided=" + decision.rawValue
            if let next { return Response.redirect(to: Route.report(.value(next.id)).path + "?" + notice) }
            return Response.redirect(to: Route.meeting(.value(ISOWeek(containing: Date()))).path + "?decided=1")
        }
    }
}
