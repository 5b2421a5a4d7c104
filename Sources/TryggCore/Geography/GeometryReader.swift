import Foundation

/// Reads one feature's GeoJSON geometry, checking every ring.
struct GeometryReader {
    let feature: Int
    let system: CoordinateSystem

    struct Result {
        var geometry: AreaGeometry
        var warnings: [AreaImportProblem]
    }

    func read(_ geometry: [String: Any]) -> Swift.Result<Result, AreaImportFailure> {
        let type = geometry["type"] as? String ?? "none"
        let coordinates = geometry["coordinates"]
        let polygons: [Any]
        switch type {
        case "Polygon": polygons = [coordinates as Any]
        case "MultiPolygon":
            guard let list = coordinates as? [Any] else {
                return .failure(AreaImportFailure([.malformedCoordinates(feature: feature)]))
            }
            polygons = list
        default:
            return .failure(AreaImportFailure([.unsupportedGeometry(feature: feature, type: type)]))
        }
        var problems: [AreaImportProblem] = [], warnings: [AreaImportProblem] = []
        var result: [AreaGeometry.Polygon] = []
        for (polygonIndex, polygon) in polygons.enumerated() {
            guard let rings = polygon as? [Any], !rings.isEmpty else {
                problems.append(.malformedCoordinates(feature: feature))
                continue
            }
            var read: [AreaGeometry.Ring] = []
            for (ringIndex, ring) in rings.enumerated() {
                switch readRing(ring, polygon: polygonIndex + 1, ring: ringIndex + 1) {
                case .success(let positions):
                    if RingCheck.crossesItself(positions) {
                        warnings.append(
                            .selfIntersection(feature: feature, polygon: polygonIndex + 1, ring: ringIndex + 1))
                    }
                    read.append(positions)
                case .failure(let problem):
                    problems.append(problem)
                }
            }
            result.append(AreaGeometry.Polygon(rings: read))
        }
        guard problems.isEmpty else { return .failure(AreaImportFailure(problems)) }
        return .success(Result(geometry: AreaGeometry(polygons: result), warnings: warnings))
    }

    private func readRing(_ value: Any, polygon: Int, ring: Int) -> Swift.Result<AreaGeometry.Ring, AreaImportProblem> {
        guard let positions = value as? [Any] else { return .failure(.malformedCoordinates(feature: feature)) }
        var points: [GeoPoint] = []
        var raw: [[Double]] = []
        for (index, position) in positions.enumerated() {
            guard let pair = position as? [Any], pair.count >= 2,
                let first = (pair[0] as? NSNumberConvertible)?.doubleValue,
                let second = (pair[1] as? NSNumberConvertible)?.doubleValue
            else { return .failure(.malformedCoordinates(feature: feature)) }
            guard let point = system.point(first, second) else {
                return .failure(.outOfRange(feature: feature, polygon: polygon, ring: ring, position: index + 1))
            }
            raw.append([first, second])
            points.append(point)
        }
        guard points.count >= 4 else {
            return .failure(.tooFewPoints(feature: feature, polygon: polygon, ring: ring, count: points.count))
        }
        guard raw.first == raw.last else {
            return .failure(.ringNotClosed(feature: feature, polygon: polygon, ring: ring))
        }
        return .success(points)
    }
}

/// JSON numbers arrive as NSNumber (or Double/Int on some platforms).
protocol NSNumberConvertible { var doubleValue: Double { get } }
extension NSNumber: NSNumberConvertible {}
extension Double: NSNumberConvertible { var doubleValue: Double { self } }
extension Int: NSNumberConvertible { var doubleValue: Double { Double(self) } }
