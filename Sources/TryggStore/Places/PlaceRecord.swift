import FluentKit
import Foundation
import TryggCore

final class PlaceRecord: Model, @unchecked Sendable {
    static let schema = "places"

    @ID(key: .id) var id: UUID?
    @Field(key: "municipality_id") var municipalityID: UUID
    @Field(key: "name") var name: String
    /// The name as searches compare it (`PlaceName.searchKey`): SQL's own case folding misses å, ä and ö.
    @Field(key: "search_key") var searchKey: String
    @Field(key: "kind") var kind: String
    @Field(key: "latitude") var latitude: Double
    @Field(key: "longitude") var longitude: Double
    @Field(key: "approximate") var approximate: Bool
    @Field(key: "source") var source: String

    init() {}

    init(municipalityID: UUID, place: Place) {
        id = place.id
        self.municipalityID = municipalityID
        name = place.name
        searchKey = PlaceName.searchKey(place.name)
        kind = place.kind.rawValue
        latitude = place.position.latitude
        longitude = place.position.longitude
        approximate = place.approximate
        source = place.source
    }

    func value() throws -> Place {
        guard let kind = Place.Kind(rawValue: kind) else {
            throw StoreError.corrupt("place \(id?.uuidString ?? "?") has kind '\(kind)'")
        }
        return Place(
            id: id!, name: name, kind: kind, position: GeoPoint(longitude: longitude, latitude: latitude),
            approximate: approximate, source: source)
    }
}
