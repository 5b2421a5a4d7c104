import Foundation

/// The plane a map is drawn in. SWEREF 99 TM is Sweden's official map grid; Web Mercator is only used
/// when a background from a tile server is wanted, because tiles come in that projection.
public enum MapProjection: String, Sendable {
    case sweref99TM = "EPSG:3006"
    case webMercator = "EPSG:3857"

    static let earthRadius = 6_378_137.0

    /// Metres east and north in the projection's plane.
    func project(_ point: GeoPoint) -> GridPoint {
        switch self {
        case .sweref99TM:
            return SWEREF99TM.project(point)
        case .webMercator:
            let latitude = min(max(point.latitude, -85.05), 85.05) * .pi / 180
            return GridPoint(
                easting: Self.earthRadius * point.longitude * .pi / 180,
                northing: Self.earthRadius * log(tan(.pi / 4 + latitude / 2)))
        }
    }
}

/// A background from an XYZ tile server (`{z}`, `{x}`, `{y}` in the template) with the attribution its
/// licence requires.
public struct TileLayer: Sendable, Equatable {
    public var template: String
    public var attribution: String

    public init(template: String, attribution: String) {
        self.template = template
        self.attribution = attribution
    }

    /// `<image>` elements covering the visible part of the map, at the zoom whose tiles are about 256 units.
    func images(_ frame: MapFrame, width: Double, height: Double) -> String {
        let worldSpan = 2 * .pi * MapProjection.earthRadius
        let metresPerUnit = 1 / frame.scale
        let zoom = Int(min(max((log2(worldSpan / (256 * metresPerUnit))).rounded(), 0), 19))
        let tileSpan = worldSpan / pow(2, Double(zoom))
        let topLeft = frame.grid(x: 0, y: 0), bottomRight = frame.grid(x: width, y: height)
        let half = worldSpan / 2
        let minX = Int(((topLeft.easting + half) / tileSpan).rounded(.down))
        let maxX = Int(((bottomRight.easting + half) / tileSpan).rounded(.down))
        let minY = Int(((half - topLeft.northing) / tileSpan).rounded(.down))
        let maxY = Int(((half - bottomRight.northing) / tileSpan).rounded(.down))
        guard (maxX - minX + 1) * (maxY - minY + 1) <= 100 else { return "" }
        var out = #"<g class="tiles">"#
        let limit = Int(pow(2, Double(zoom))) - 1
        for y in max(minY, 0)...min(maxY, limit) {
            for x in max(minX, 0)...min(maxX, limit) {
                let corner = frame.place(
                    GridPoint(easting: Double(x) * tileSpan - half, northing: half - Double(y) * tileSpan))
                let url = template.replacingOccurrences(of: "{z}", with: "\(zoom)")
                    .replacingOccurrences(of: "{x}", with: "\(x)").replacingOccurrences(of: "{y}", with: "\(y)")
                out +=
                    #"<image href="\#(SVG.escape(url))" x="\#(SVG.n(corner.x))" y="\#(SVG.n(corner.y))" width="\#(SVG.n(tileSpan * frame.scale + 0.5))" height="\#(SVG.n(tileSpan * frame.scale + 0.5))"/>"#
            }
        }
        return out + "</g>"
    }
}
