import Foundation

extension AreaFile {
    /// The areas as a GeoJSON FeatureCollection in WGS 84, with `code` and `name` properties: the format
    /// `trygg areas import FILE --code-property code --name-property name` reads back.
    public static func export(_ areas: [(code: String, name: String, geometry: AreaGeometry)]) -> Data {
        let features: [[String: Any]] = areas.map { area in
            [
                "type": "Feature",
                "properties": ["code": area.code, "name": area.name],
                "geometry": [
                    "type": "MultiPolygon",
                    "coordinates": area.geometry.polygons.map { polygon in
                        polygon.rings.map { ring in ring.map { [rounded($0.longitude), rounded($0.latitude)] } }
                    },
                ],
            ]
        }
        let collection: [String: Any] = ["type": "FeatureCollection", "features": features]
        return (try? JSONSerialization.data(withJSONObject: collection, options: [.sortedKeys])) ?? Data()
    }

    /// Seven decimals of a degree is about a centimetre: more is noise.
    static func rounded(_ value: Double) -> Double { (value * 1e7).rounded() / 1e7 }
}
