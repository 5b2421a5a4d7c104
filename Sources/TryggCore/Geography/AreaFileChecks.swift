/// Checks of a whole area file beyond its syntax: that it lies in Sweden (naming a likely swap of latitude
/// and longitude) and that no two areas overlap (a point would then belong to both; only a warning).
enum AreaFileChecks {
    /// Sweden with a margin of about 20 km: a Swedish municipality's areas lie inside it.
    static let sweden = GeoBounds(minLongitude: 10.5, minLatitude: 55.0, maxLongitude: 24.5, maxLatitude: 69.5)

    /// A refusal for the first position of the area outside Sweden, or nil.
    static func placement(_ geometry: AreaGeometry, feature: Int) -> AreaImportProblem? {
        let points = geometry.polygons.flatMap(\.rings).flatMap { $0 }
        guard let outside = points.first(where: { !sweden.contains($0) }) else { return nil }
        let swapped = GeoPoint(longitude: outside.latitude, latitude: outside.longitude)
        return sweden.contains(swapped) ? .swappedCoordinates(feature: feature) : .outsideSweden(feature: feature)
    }

    /// A warning for each pair of areas that overlap, by feature number.
    ///
    /// Each vertex is moved a hundredth of the way towards its area's label point, into the area's interior,
    /// and tested against the other area: neighbours that share a boundary never trigger it, overlapping
    /// areas almost always do. A cheap test, not an exact polygon intersection: it may miss a sliver.
    static func overlaps(_ areas: [(feature: Int, geometry: AreaGeometry)]) -> [AreaImportProblem] {
        var warnings: [AreaImportProblem] = []
        let bounds = areas.map(\.geometry.bounds)
        for i in areas.indices {
            for j in areas.indices where j > i && bounds[i].intersects(bounds[j]) {
                if reaches(into: areas[j].geometry, from: areas[i].geometry)
                    || reaches(into: areas[i].geometry, from: areas[j].geometry)
                {
                    warnings.append(.overlap(feature: areas[i].feature, other: areas[j].feature))
                }
            }
        }
        return warnings
    }

    private static func reaches(into other: AreaGeometry, from area: AreaGeometry) -> Bool {
        guard let inner = area.labelPoint else { return false }
        return area.polygons.flatMap(\.outer).contains { vertex in
            let nudged = GeoPoint(
                longitude: vertex.longitude + (inner.longitude - vertex.longitude) * 0.01,
                latitude: vertex.latitude + (inner.latitude - vertex.latitude) * 0.01)
            return area.contains(nudged) && other.contains(nudged)
        }
    }
}

extension GeoBounds {
    func intersects(_ other: GeoBounds) -> Bool {
        minLongitude <= other.maxLongitude && other.minLongitude <= maxLongitude
            && minLatitude <= other.maxLatitude && other.minLatitude <= maxLatitude
    }
}
