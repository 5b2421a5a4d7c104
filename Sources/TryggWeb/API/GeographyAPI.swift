import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// `GET /api/v1/areas/geojson` (the boundaries), `GET /api/v1/areas/locate` (which area a point is in) and
/// `GET /api/v1/places` (places found by name).
struct GeographyAPI {

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, APIRoute.areasGeoJSON) { _, context, signedIn in
            let areas = try await signedIn.stores.areas.all().filter(\.active)
            let data = AreaFile.export(areas.compactMap { area in area.geometry.map { (area.code, area.name, $0) } })
            return Response(
                status: .ok, headers: [.contentType: "application/geo+json"],
                body: .init(byteBuffer: ByteBuffer(data: data)))
        }
        router.on(.get, APIRoute.places) { request, context, signedIn in
            return try await PlaceFinder(stores: signedIn.stores).find(request)
        }
        router.on(.get, APIRoute.locate) { request, context, signedIn in
            return try await PlaceLocator(stores: signedIn.stores).locate(request)
        }
    }
}
