/// An area's shape: one or more polygons, each an outer ring and any holes, in WGS 84 (GeoJSON order).
public struct AreaGeometry: Sendable, Equatable, Codable {
    /// A closed ring: the first position is repeated as the last.
    public typealias Ring = [GeoPoint]

    /// An outer ring followed by its holes.
    public struct Polygon: Sendable, Equatable, Codable {
        public var rings: [Ring]
        public init(rings: [Ring]) { self.rings = rings }

        public var outer: Ring { rings.first ?? [] }
        public var holes: ArraySlice<Ring> { rings.dropFirst() }
    }

    public var polygons: [Polygon]

    public init(polygons: [Polygon]) { self.polygons = polygons }

    /// The smallest longitude/latitude box around every ring.
    public var bounds: GeoBounds {
        GeoBounds(covering: polygons.flatMap(\.outer))
    }

    /// Whether `point` lies in the area: inside an outer ring and outside that polygon's holes.
    ///
    /// Uses the crossing rule with half-open edges, so a point on an edge shared by two areas belongs to
    /// exactly one of them, the same one every time.
    public func contains(_ point: GeoPoint) -> Bool {
        polygons.contains { polygon in
            Self.ringContains(polygon.outer, point) && !polygon.holes.contains { Self.ringContains($0, point) }
        }
    }

    static func ringContains(_ ring: Ring, _ point: GeoPoint) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in 0..<ring.count {
            let a = ring[i], b = ring[j]
            if (a.latitude > point.latitude) != (b.latitude > point.latitude) {
                let crossing =
                    (b.longitude - a.longitude) * (point.latitude - a.latitude) / (b.latitude - a.latitude)
                    + a.longitude
                if point.longitude < crossing { inside.toggle() }
            }
            j = i
        }
        return inside
    }

    /// Area-weighted centre of the largest polygon's outer ring: where a map puts the area's label.
    public var labelPoint: GeoPoint? {
        let largest = polygons.max { abs(Self.signedArea($0.outer)) < abs(Self.signedArea($1.outer)) }
        guard let ring = largest?.outer, ring.count >= 4 else { return nil }
        let area = Self.signedArea(ring)
        guard area != 0 else { return ring.first }
        var x = 0.0, y = 0.0
        for i in 0..<(ring.count - 1) {
            let p = ring[i], q = ring[i + 1]
            let cross = p.longitude * q.latitude - q.longitude * p.latitude
            x += (p.longitude + q.longitude) * cross
            y += (p.latitude + q.latitude) * cross
        }
        return GeoPoint(longitude: x / (6 * area), latitude: y / (6 * area))
    }

    /// Shoelace area in square degrees (only its sign and relative size are used).
    static func signedArea(_ ring: Ring) -> Double {
        guard ring.count >= 3 else { return 0 }
        var sum = 0.0
        for i in 0..<(ring.count - 1) {
            sum += ring[i].longitude * ring[i + 1].latitude - ring[i + 1].longitude * ring[i].latitude
        }
        return sum / 2
    }
}

/// A box in longitude and latitude.
public struct GeoBounds: Sendable, Equatable {
    public var minLongitude: Double
    public var minLatitude: Double
    public var maxLongitude: Double
    public var maxLatitude: Double

    public init(minLongitude: Double, minLatitude: Double, maxLongitude: Double, maxLatitude: Double) {
        self.minLongitude = minLongitude
        self.minLatitude = minLatitude
        self.maxLongitude = maxLongitude
        self.maxLatitude = maxLatitude
    }

    public init(covering points: [GeoPoint]) {
        self.init(
            minLongitude: points.map(\.longitude).min() ?? 0, minLatitude: points.map(\.latitude).min() ?? 0,
            maxLongitude: points.map(\.longitude).max() ?? 0, maxLatitude: points.map(\.latitude).max() ?? 0
        )
    }

    public func contains(_ point: GeoPoint) -> Bool {
        point.longitude >= minLongitude && point.longitude <= maxLongitude
            && point.latitude >= minLatitude && point.latitude <= maxLatitude
    }

    public func union(_ other: GeoBounds) -> GeoBounds {
        GeoBounds(
            minLongitude: min(minLongitude, other.minLongitude), minLatitude: min(minLatitude, other.minLatitude),
            maxLongitude: max(maxLongitude, other.maxLongitude), maxLatitude: max(maxLatitude, other.maxLatitude)
        )
    }
}
