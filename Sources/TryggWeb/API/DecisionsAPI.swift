import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// `/api/v1/decisions` and `/api/v1/group-meetings`: the analysis and steering groups' minutes.
struct DecisionsAPI {
    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, APIRoute.decisions) { _, _, signedIn in
            try JSONResponse.make(try await signedIn.stores.decisions.all())
        }
        router.on(.post, APIRoute.decisions) { request, _, signedIn in
            let form = try await ProblemsAPI.body(request)
            guard let draft = try DecisionForm.draft(form) else {
                throw AppError.invalid([.init("decision", .required)])
            }
            return try JSONResponse.make(
                try await signedIn.stores.decisions.record(draft, by: signedIn.user), status: .created)
        }
        router.on(.get, APIRoute.groupMeetings) { _, _, signedIn in
            try JSONResponse.make(try await signedIn.stores.decisions.meetings())
        }
        router.on(.post, APIRoute.groupMeetings) { request, _, signedIn in
            let meeting = try MinutesForm.read(try await ProblemsAPI.body(request))
            try await signedIn.stores.decisions.save(meeting)
            return try JSONResponse.make(meeting)
        }
    }
}
