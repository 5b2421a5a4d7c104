import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// A reviewer's decision from a report's page: approve, return with a comment, or reject with a reason.
struct ReviewController {
    let database: TryggDatabase
    let renderer: PageRenderer

    func register(on router: RouterGroup<AppRequestContext>) {
        router.post("/reports/:id/decision") { request, context in
            let signedIn = try context.require(.reviewer, .coordinator)
            guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw AppError.notFound }
            var request = request
            let form = try await request.form()
            guard let decision = ReviewDecision(rawValue: form["decision"]) else { throw AppError.invalid([.init("decision", .required)]) }
            _ = try await ReportStore(database, municipalityID: signedIn.municipality.id).decide(
                id, decision, comment: form["comment"], by: signedIn.user, expectedVersion: Int(form["version"])
            )
            return Response.redirect(to: SitePath.safeLocal(form["back"].isEmpty ? SitePath.report(id) : form["back"]))
        }
    }
}
