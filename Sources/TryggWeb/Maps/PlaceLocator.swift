import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// Answers "where is this point?" for the place picker's script and for API clients.
struct PlaceLocator {
    let stores: MunicipalityStores

    struct Answer: Encodable {
        var latitude: Double
        var longitude: Double
        var area: String?
        var areaName: String?
        /// The point in SWEREF 99 TM, so a script can mark it on a map drawn in that grid.
        var easting: Double
        var northing: Double
    }

    /// Reads `latitude`/`longitude` (WGS 84) or `easting`/`northing` (SWEREF 99 TM) from the query.
    func locate(_ request: Request) async throws -> Response {
        let query = request.uri.queryParameters
        func number(_ name: Substring) -> Double? { query[name].flatMap { Double(String($0)) } }
        let point: GeoPoint
        if let latitude = number("latitude"), let longitude = number("longitude") {
            point = GeoPoint(longitude: longitude, latitude: latitude)
        } else if let easting = number("easting"), let northing = number("northing") {
            point = SWEREF99TM.unproject(GridPoint(easting: easting, northing: northing))
        } else {
            throw AppError.invalid([.init("latitude", .invalidNumber), .init("longitude", .invalidNumber)])
        }
        guard point.isInRange else { throw AppError.invalid([.init("latitude", .invalidNumber)]) }
        // The cached catalogue's areas and locator: the picker asks at every click.
        let catalogue = try await stores.catalogue.load()
        let areas = catalogue.areas
        let code = catalogue.locator.area(containing: point)
        let name = areas.first { $0.code == code }?.name
        let grid = SWEREF99TM.project(point)
        return try JSONResponse.make(
            Answer(
                latitude: point.latitude, longitude: point.longitude, area: code, areaName: name,
                easting: grid.easting, northing: grid.northing))
    }
}
