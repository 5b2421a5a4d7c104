import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// `/api/v1/working-groups`: the groups, appointing one and changing it, as the pages do.
struct WorkingGroupsAPI {
    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, APIRoute.workingGroups) { _, _, signedIn in
            try JSONResponse.make(try await signedIn.stores.workingGroups.all())
        }
        router.on(.post, APIRoute.workingGroups) { request, _, signedIn in
            let form = try await ProblemsAPI.body(request)
            let group = try await signedIn.stores.workingGroups.create(
                try WorkingGroupForm.read(form).get(), decision: try DecisionForm.draft(form), by: signedIn.user)
            return try JSONResponse.make(group, status: .created)
        }
        router.on(.get, APIRoute.workingGroup(.key)) { _, context, signedIn in
            guard let group = try await signedIn.stores.workingGroups.find(try context.id()) else {
                throw AppError.notFound
            }
            return try JSONResponse.make(group)
        }
        router.on(.put, APIRoute.workingGroup(.key)) { request, context, signedIn in
            let id = try context.id()
            guard try await signedIn.stores.workingGroups.find(id) != nil else { throw AppError.notFound }
            let form = try await ProblemsAPI.body(request)
            return try JSONResponse.make(
                try await signedIn.stores.workingGroups.update(
                    id, try WorkingGroupForm.read(form).get(), expectedVersion: try ProblemsAPI.version(form),
                    by: signedIn.user))
        }
    }
}
