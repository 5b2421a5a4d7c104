/// Fits projected metres (SWEREF 99 TM unless tiles need Web Mercator) into the SVG's drawing box, north up, keeping scale equal in both directions.
struct MapFrame {
    let projection: MapProjection
    let scale: Double
    let originEasting: Double
    let originNorthing: Double
    let offsetX: Double
    let offsetY: Double

    init(
        covering grid: [GridPoint], width: Double, height: Double, margin: Double,
        projection: MapProjection = .sweref99TM
    ) {
        self.projection = projection
        let minE = grid.map(\.easting).min() ?? 0, maxE = grid.map(\.easting).max() ?? 1
        let minN = grid.map(\.northing).min() ?? 0, maxN = grid.map(\.northing).max() ?? 1
        let spanE = max(maxE - minE, 100), spanN = max(maxN - minN, 100)
        let scale = min((width - 2 * margin) / spanE, (height - 2 * margin) / spanN)
        self.scale = scale
        originEasting = minE
        originNorthing = maxN
        offsetX = (width - spanE * scale) / 2
        offsetY = (height - spanN * scale) / 2
    }

    func place(_ point: GridPoint) -> (x: Double, y: Double) {
        (offsetX + (point.easting - originEasting) * scale, offsetY + (originNorthing - point.northing) * scale)
    }

    func place(_ point: GeoPoint) -> (x: Double, y: Double) { place(projection.project(point)) }

    /// The grid position under an SVG position: what the place picker's script computes from a click.
    func grid(x: Double, y: Double) -> GridPoint {
        GridPoint(easting: originEasting + (x - offsetX) / scale, northing: originNorthing - (y - offsetY) / scale)
    }

    /// A round scale-bar length (1, 2 or 5 × 10ⁿ metres) near a fifth of the map's width.
    static func niceLength(metres: Double) -> Double {
        let exponent = (metres > 0 ? metres : 1).magnitudeOrder
        for factor in [5.0, 2.0, 1.0] where factor * exponent <= metres { return factor * exponent }
        return exponent
    }
}

extension Double {
    /// The power of ten at or below the value.
    var magnitudeOrder: Double {
        var power = 1.0
        while power * 10 <= self { power *= 10 }
        while power > self && power > 1e-9 { power /= 10 }
        return power
    }
}
