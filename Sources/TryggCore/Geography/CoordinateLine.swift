import Foundation

/// The coordinate systems Trygg converts between, by their EPSG codes.
public enum EPSG: String, CaseIterable, Sendable {
    /// WGS 84 degrees; its axis order is latitude, longitude.
    case wgs84 = "EPSG:4326"
    /// SWEREF 99 TM metres; its axis order is northing, easting.
    case sweref99TM = "EPSG:3006"
}

/// Converts one text line of a coordinate pair, in the axis order each system defines.
public enum CoordinateLine {
    /// The converted pair (9 decimals for degrees, 3 for metres), or nil when the line is not two numbers
    /// within the source system's range.
    public static func convert(_ line: String, from: EPSG, to: EPSG) -> String? {
        let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == ";" })
        guard parts.count == 2, let first = Double(parts[0]), let second = Double(parts[1]),
            first.isFinite, second.isFinite
        else { return nil }
        let point: GeoPoint
        switch from {
        case .wgs84:
            point = GeoPoint(longitude: second, latitude: first)
            guard point.isInRange else { return nil }
        case .sweref99TM:
            guard (5_000_000...8_500_000).contains(first), (-500_000...1_500_000).contains(second) else { return nil }
            point = SWEREF99TM.unproject(GridPoint(easting: second, northing: first))
        }
        switch to {
        case .wgs84:
            return String(format: "%.9f %.9f", point.latitude, point.longitude)
        case .sweref99TM:
            let grid = SWEREF99TM.project(point)
            return String(format: "%.3f %.3f", grid.northing, grid.easting)
        }
    }
}
