import Foundation

extension AreaGeometry {
    /// GeoJSON MultiPolygon coordinates: polygons of rings of `[longitude, latitude]`.
    public var multiPolygonCoordinates: [[[[Double]]]] {
        polygons.map { $0.rings.map { $0.map { [$0.longitude, $0.latitude] } } }
    }

    public init?(multiPolygonCoordinates coordinates: [[[[Double]]]]) {
        var polygons: [Polygon] = []
        for polygon in coordinates {
            var rings: [Ring] = []
            for ring in polygon {
                var points: Ring = []
                for position in ring {
                    guard position.count >= 2 else { return nil }
                    points.append(GeoPoint(longitude: position[0], latitude: position[1]))
                }
                rings.append(points)
            }
            polygons.append(Polygon(rings: rings))
        }
        self.init(polygons: polygons)
    }

    /// The coordinates as compact JSON, the form Trygg stores.
    public var storedJSON: String {
        String(decoding: (try? JSONEncoder().encode(multiPolygonCoordinates)) ?? Data("[]".utf8), as: UTF8.self)
    }

    public init?(storedJSON: String) {
        guard let coordinates = try? JSONDecoder().decode([[[[Double]]]].self, from: Data(storedJSON.utf8)) else {
            return nil
        }
        self.init(multiPolygonCoordinates: coordinates)
    }
}
