/// Why an area file was refused, or what in it deserves a warning; feature, polygon, ring and position
/// numbers count from 1, as a person reading the file would.
public enum AreaImportProblem: Error, Sendable, Equatable, CustomStringConvertible {
    case notJSON(String)
    case notFeatureCollection
    case noFeatures
    case unknownCRS(String)
    case missingProperty(feature: Int, property: String)
    case invalidCode(feature: Int, code: String)
    case duplicateCode(feature: Int, code: String)
    case unsupportedGeometry(feature: Int, type: String)
    case malformedCoordinates(feature: Int)
    case ringNotClosed(feature: Int, polygon: Int, ring: Int)
    case tooFewPoints(feature: Int, polygon: Int, ring: Int, count: Int)
    case outOfRange(feature: Int, polygon: Int, ring: Int, position: Int)
    /// A warning only: the file is accepted.
    case selfIntersection(feature: Int, polygon: Int, ring: Int)
    /// Positions outside Sweden that would lie in it with latitude and longitude exchanged.
    case swappedCoordinates(feature: Int)
    case outsideSweden(feature: Int)
    /// No feature has the property: said once, with the properties the file does have.
    case propertyNotInFile(property: String, available: [String])
    /// A warning only: two areas overlap.
    case overlap(feature: Int, other: Int)

    /// The catalogue key for the web's sentence; the placeholders are the associated values.
    public var key: String {
        switch self {
        case .notJSON: "import_not_json"
        case .notFeatureCollection: "import_not_feature_collection"
        case .noFeatures: "import_no_features"
        case .unknownCRS: "import_unknown_crs"
        case .missingProperty: "import_missing_property"
        case .invalidCode: "import_invalid_code"
        case .duplicateCode: "import_duplicate_code"
        case .unsupportedGeometry: "import_unsupported_geometry"
        case .malformedCoordinates: "import_malformed_coordinates"
        case .ringNotClosed: "import_ring_not_closed"
        case .tooFewPoints: "import_too_few_points"
        case .outOfRange: "import_out_of_range"
        case .selfIntersection: "import_self_intersection"
        case .swappedCoordinates: "import_swapped"
        case .outsideSweden: "import_outside_sweden"
        case .propertyNotInFile: "import_property_not_in_file"
        case .overlap: "import_overlap"
        }
    }

    /// Values for `{feature}`, `{polygon}`, `{ring}`, `{position}`, `{count}`, `{value}` in the sentence.
    public var placeholders: [String: String] {
        switch self {
        case .notJSON(let detail): ["value": detail]
        case .notFeatureCollection, .noFeatures: [:]
        case .unknownCRS(let name): ["value": name]
        case .missingProperty(let feature, let property): ["feature": "\(feature)", "value": property]
        case .invalidCode(let feature, let code), .duplicateCode(let feature, let code):
            ["feature": "\(feature)", "value": code]
        case .unsupportedGeometry(let feature, let type): ["feature": "\(feature)", "value": type]
        case .malformedCoordinates(let feature): ["feature": "\(feature)"]
        case .ringNotClosed(let feature, let polygon, let ring), .selfIntersection(let feature, let polygon, let ring):
            ["feature": "\(feature)", "polygon": "\(polygon)", "ring": "\(ring)"]
        case .tooFewPoints(let feature, let polygon, let ring, let count):
            ["feature": "\(feature)", "polygon": "\(polygon)", "ring": "\(ring)", "count": "\(count)"]
        case .outOfRange(let feature, let polygon, let ring, let position):
            ["feature": "\(feature)", "polygon": "\(polygon)", "ring": "\(ring)", "position": "\(position)"]
        case .swappedCoordinates(let feature), .outsideSweden(let feature): ["feature": "\(feature)"]
        case .propertyNotInFile(let property, let available):
            ["value": property, "available": available.joined(separator: ", ")]
        case .overlap(let feature, let other): ["feature": "\(feature)", "other": "\(other)"]
        }
    }

    /// English, for the command line.
    public var description: String {
        switch self {
        case .notJSON(let detail): "the file is not JSON: \(detail)"
        case .notFeatureCollection: "the file is not a GeoJSON FeatureCollection"
        case .noFeatures: "the FeatureCollection has no features"
        case .unknownCRS(let name): "unknown crs '\(name)': use WGS 84 (EPSG:4326) or SWEREF 99 TM (EPSG:3006)"
        case .missingProperty(let feature, let property): "feature \(feature): no property '\(property)'"
        case .invalidCode(let feature, let code):
            "feature \(feature): code '\(code)' may only hold letters a-z, digits, '-' and '_'"
        case .duplicateCode(let feature, let code): "feature \(feature): code '\(code)' is used by an earlier feature"
        case .unsupportedGeometry(let feature, let type):
            "feature \(feature): geometry '\(type)' is not a Polygon or MultiPolygon"
        case .malformedCoordinates(let feature): "feature \(feature): coordinates are not arrays of number pairs"
        case .ringNotClosed(let feature, let polygon, let ring):
            "feature \(feature), polygon \(polygon), ring \(ring): not closed (the last position must repeat the first)"
        case .tooFewPoints(let feature, let polygon, let ring, let count):
            "feature \(feature), polygon \(polygon), ring \(ring): \(count) positions, at least 4 are needed"
        case .outOfRange(let feature, let polygon, let ring, let position):
            "feature \(feature), polygon \(polygon), ring \(ring), position \(position): coordinates out of range"
        case .selfIntersection(let feature, let polygon, let ring):
            "feature \(feature), polygon \(polygon), ring \(ring): the ring crosses itself"
        case .swappedCoordinates(let feature):
            "feature \(feature): lies outside Sweden, but inside it with latitude and longitude exchanged: GeoJSON wants longitude first"
        case .outsideSweden(let feature): "feature \(feature): lies outside Sweden; check the coordinate system"
        case .propertyNotInFile(let property, let available):
            "no feature has the property '\(property)'; the file's properties are: \(available.joined(separator: ", "))"
        case .overlap(let feature, let other):
            "features \(feature) and \(other) overlap: a report there would belong to the first in code order"
        }
    }
}
