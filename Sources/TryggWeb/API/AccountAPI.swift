import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// `GET /api/v1/me` and the catalogues clients need (`/indicators`, `/areas`, `/organisations`).
struct AccountAPI {

    struct Me: Encodable {
        var id: UUID
        var username: String
        var displayName: String
        var roles: [Role]
        var restrictedAccess: Bool
        var organisation: OrganisationRef
        var municipality: String
    }

    struct OrganisationRef: Encodable {
        var code: String
        var name: String
        var kind: OrganisationKind
    }

    struct AreaItem: Encodable {
        var code: String
        var name: String
        var active: Bool
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, APIRoute.me) { _, context, signedIn in
            let organisation = try await signedIn.stores.organisations
                .find(signedIn.user.organisationID)
            let user = signedIn.user
            return try JSONResponse.make(
                Me(
                    id: user.id, username: user.username, displayName: user.displayName, roles: user.sortedRoles,
                    restrictedAccess: user.restrictedAccess,
                    organisation: OrganisationRef(
                        code: organisation?.code ?? "", name: organisation?.name ?? "",
                        kind: organisation?.kind ?? .other),
                    municipality: signedIn.municipality.name
                ))
        }
        router.on(.get, APIRoute.indicators) { _, context, signedIn in
            return try JSONResponse.make(
                try await signedIn.stores.indicators.all())
        }
        router.on(.get, APIRoute.areas) { _, context, signedIn in
            let areas = try await signedIn.stores.areas.all()
            return try JSONResponse.make(areas.map { AreaItem(code: $0.code, name: $0.name, active: $0.active) })
        }
        router.on(.get, APIRoute.organisations) { _, context, signedIn in
            let organisations = try await signedIn.stores.organisations.all()
            return try JSONResponse.make(
                organisations.map { OrganisationRef(code: $0.code, name: $0.name, kind: $0.kind) })
        }
    }
}
