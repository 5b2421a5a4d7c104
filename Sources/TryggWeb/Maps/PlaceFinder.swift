import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// Answers "which places are called this?" for the place picker's script and for API clients.
struct PlaceFinder {
    let stores: MunicipalityStores

    struct Match: Encodable {
        var name: String
        var kind: String
        var latitude: Double
        var longitude: Double
        var approximate: Bool
        var area: String?
    }

    /// Reads `q` (at least two characters) from the query; at most ten matches, the best first.
    func find(_ request: Request) async throws -> Response {
        try JSONResponse.make(
            try await matches(request.uri.queryParameters["q"].map(String.init) ?? ""))
    }

    func matches(_ query: String) async throws -> [Match] {
        guard PlaceName.searchKey(query).count >= 2 else { throw AppError.invalid([.init("q", .tooShort)]) }
        guard query.count <= 100 else { throw AppError.invalid([.init("q", .tooLong)]) }
        let places = try await stores.places.search(query)
        // The cached catalogue's locator: a search runs at every few keystrokes.
        let locator = try await stores.catalogue.load().locator
        return places.map { place in
            Match(
                name: place.name, kind: place.kind.rawValue, latitude: place.position.latitude,
                longitude: place.position.longitude,
                approximate: place.approximate, area: locator.area(containing: place.position))
        }
    }
}
