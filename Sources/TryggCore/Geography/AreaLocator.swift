/// Finds the area a point lies in: bounding boxes first, then the exact test.
///
/// Built once from the areas' geometries; lookups need no database and no allocation.
public struct AreaLocator: Sendable {
    struct Entry: Sendable {
        let code: String
        let bounds: GeoBounds
        let geometry: AreaGeometry
    }

    let entries: [Entry]

    /// `areas` as (code, geometry); areas earlier in the list win where geometries overlap.
    public init(_ areas: [(code: String, geometry: AreaGeometry)]) {
        entries = areas.map { Entry(code: $0.code, bounds: $0.geometry.bounds, geometry: $0.geometry) }
    }

    /// The code of the area containing `point`, or nil when it lies outside every area.
    public func area(containing point: GeoPoint) -> String? {
        for entry in entries where entry.bounds.contains(point) && entry.geometry.contains(point) {
            return entry.code
        }
        return nil
    }

    public var isEmpty: Bool { entries.isEmpty }
}
