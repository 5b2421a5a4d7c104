/// A position in WGS 84 degrees, as Trygg stores and exchanges it (GeoJSON order: longitude, latitude).
public struct GeoPoint: Sendable, Equatable, Hashable, Codable {
    public var longitude: Double
    public var latitude: Double

    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }

    public var isInRange: Bool { (-180...180).contains(longitude) && (-90...90).contains(latitude) }
}

/// A position in SWEREF 99 TM (EPSG:3006) metres: the grid Swedish maps and Trygg's analyses use.
public struct GridPoint: Sendable, Equatable, Hashable, Codable {
    public var easting: Double
    public var northing: Double

    public init(easting: Double, northing: Double) {
        self.easting = easting
        self.northing = northing
    }
}
