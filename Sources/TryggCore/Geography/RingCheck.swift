/// Geometric checks on a ring that are worth a warning but not a refusal.
enum RingCheck {
    /// True when two non-adjacent edges of the closed ring cross. Quadratic, which is fine for area
    /// boundaries of a few thousand positions checked once at import.
    static func crossesItself(_ ring: [GeoPoint]) -> Bool {
        let edges = ring.count - 1
        guard edges > 3 else { return false }
        for i in 0..<edges {
            for j in stride(from: i + 2, to: edges, by: 1) where !(i == 0 && j == edges - 1) {
                if segmentsCross(ring[i], ring[i + 1], ring[j], ring[j + 1]) { return true }
            }
        }
        return false
    }

    static func segmentsCross(_ p1: GeoPoint, _ p2: GeoPoint, _ q1: GeoPoint, _ q2: GeoPoint) -> Bool {
        let d1 = orientation(q1, q2, p1), d2 = orientation(q1, q2, p2)
        let d3 = orientation(p1, p2, q1), d4 = orientation(p1, p2, q2)
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
    }

    static func orientation(_ a: GeoPoint, _ b: GeoPoint, _ c: GeoPoint) -> Double {
        (b.longitude - a.longitude) * (c.latitude - a.latitude) - (b.latitude - a.latitude)
            * (c.longitude - a.longitude)
    }
}
