import Foundation

/// What part of the municipality a map shows; kept in a page's query as `zoom` so links can zoom without script.
public enum MapZoom: Sendable, Equatable {
    /// Every area.
    case whole
    /// The points shown (the filtered reports).
    case data
    /// One area, by code.
    case area(String)
    /// A box, such as the members of a cluster.
    case box(GeoBox)

    /// Reads `data`, `area:CODE` or `box:west,south,east,north`; anything else (or nothing) is the whole map.
    public init(parameter: String?) {
        guard let parameter, !parameter.isEmpty else { self = .whole; return }
        if parameter == "data" { self = .data; return }
        if parameter.hasPrefix("area:"), CatalogueCode.isValid(String(parameter.dropFirst(5))) {
            self = .area(String(parameter.dropFirst(5)))
            return
        }
        if parameter.hasPrefix("box:") {
            let numbers = parameter.dropFirst(4).split(separator: ",").compactMap { Double($0) }
            if numbers.count == 4,
                let box = GeoBox(west: numbers[0], south: numbers[1], east: numbers[2], north: numbers[3])
            {
                self = .box(box)
                return
            }
        }
        self = .whole
    }

    /// The query value that gives this zoom back; nil for the whole map, which needs none.
    public var parameter: String? {
        switch self {
        case .whole: nil
        case .data: "data"
        case .area(let code): "area:" + code
        case .box(let box):
            "box:"
                + [box.west, box.south, box.east, box.north].map { String(format: "%.5f", $0) }.joined(separator: ",")
        }
    }
}

/// A rectangle in WGS 84 degrees, west to east and south to north.
public struct GeoBox: Sendable, Equatable {
    public var west: Double
    public var south: Double
    public var east: Double
    public var north: Double

    /// Nil unless the box lies within the globe's ranges and is not inside out.
    public init?(west: Double, south: Double, east: Double, north: Double) {
        guard west <= east, south <= north, GeoPoint(longitude: west, latitude: south).isInRange,
            GeoPoint(longitude: east, latitude: north).isInRange
        else { return nil }
        self.west = west
        self.south = south
        self.east = east
        self.north = north
    }

    /// The smallest box around the points; nil for none.
    public init?(covering points: [GeoPoint]) {
        guard let first = points.first else { return nil }
        var box = (west: first.longitude, south: first.latitude, east: first.longitude, north: first.latitude)
        for point in points.dropFirst() {
            box = (
                min(box.west, point.longitude), min(box.south, point.latitude), max(box.east, point.longitude),
                max(box.north, point.latitude)
            )
        }
        self.init(west: box.west, south: box.south, east: box.east, north: box.north)
    }

    /// A fifth wider on every side, so points on the edge are not drawn on the frame.
    public var padded: GeoBox {
        let (dx, dy) = (max((east - west) / 5, 0.002), max((north - south) / 5, 0.001))
        return GeoBox(
            west: max(west - dx, -180), south: max(south - dy, -90), east: min(east + dx, 180),
            north: min(north + dy, 90)) ?? self
    }

    public var corners: [GeoPoint] {
        [GeoPoint(longitude: west, latitude: south), GeoPoint(longitude: east, latitude: north)]
    }
}
