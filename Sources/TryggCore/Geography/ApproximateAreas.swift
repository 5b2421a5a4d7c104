/// Demo polygons for areas known only by their centres: the Voronoi cells of the centres (each place goes
/// to its nearest centre), clipped to a box around them, computed in SWEREF 99 TM metres.
///
/// They partition the box without gaps or overlaps but are not the real boundaries: the UI says so.
public enum ApproximateAreas {
    public static func cells(
        for centres: [(code: String, centre: GeoPoint)], margin: Double = 12_000
    ) -> [(code: String, geometry: AreaGeometry)] {
        let grid = centres.map { SWEREF99TM.project($0.centre) }
        guard !grid.isEmpty else { return [] }
        let minE = grid.map(\.easting).min()! - margin, maxE = grid.map(\.easting).max()! + margin
        let minN = grid.map(\.northing).min()! - margin, maxN = grid.map(\.northing).max()! + margin
        let box = [
            GridPoint(easting: minE, northing: minN), GridPoint(easting: maxE, northing: minN),
            GridPoint(easting: maxE, northing: maxN), GridPoint(easting: minE, northing: maxN),
        ]
        return centres.indices.map { index in
            var cell = box
            for other in grid.indices where other != index {
                cell = clip(cell, keepingCloserTo: grid[index], than: grid[other])
            }
            var ring = cell.map { SWEREF99TM.unproject($0) }
            if let first = ring.first { ring.append(first) }
            return (centres[index].code, AreaGeometry(polygons: [.init(rings: [ring])]))
        }
    }

    /// Sutherland–Hodgman against the half-plane of points nearer `own` than `other`.
    static func clip(_ polygon: [GridPoint], keepingCloserTo own: GridPoint, than other: GridPoint) -> [GridPoint] {
        // Signed distance to the perpendicular bisector; negative means nearer `own`.
        func side(_ p: GridPoint) -> Double {
            let dx = other.easting - own.easting, dy = other.northing - own.northing
            let midE = (own.easting + other.easting) / 2, midN = (own.northing + other.northing) / 2
            return (p.easting - midE) * dx + (p.northing - midN) * dy
        }
        var result: [GridPoint] = []
        for i in polygon.indices {
            let current = polygon[i], next = polygon[(i + 1) % polygon.count]
            let a = side(current), b = side(next)
            if a <= 0 { result.append(current) }
            if (a < 0 && b > 0) || (a > 0 && b < 0) {
                let t = a / (a - b)
                result.append(
                    GridPoint(
                        easting: current.easting + t * (next.easting - current.easting),
                        northing: current.northing + t * (next.northing - current.northing)
                    ))
            }
        }
        return result
    }
}
