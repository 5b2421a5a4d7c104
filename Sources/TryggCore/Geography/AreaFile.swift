import Foundation

/// An area's code, name and boundary: what a GeoJSON file holds for each area and what a map draws.
public struct AreaShape: Sendable, Equatable {
    public var code: String
    public var name: String
    public var geometry: AreaGeometry

    public init(code: String, name: String, geometry: AreaGeometry) {
        self.code = code
        self.name = name
        self.geometry = geometry
    }
}

/// Reads the municipality's areas from a GeoJSON FeatureCollection of Polygons and MultiPolygons.
///
/// Coordinates are WGS 84 unless the file's `crs` member names EPSG:3006 (SWEREF 99 TM, easting first).
public enum AreaFile {
    public struct Parsed: Sendable, Equatable {
        public var areas: [AreaShape]
        public var warnings: [AreaImportProblem]
        /// Every property name the file's features use, for choosing the code and name properties.
        public var properties: [String] = []
    }

    /// Every property name the features of a FeatureCollection use, sorted; empty for anything else.
    public static func properties(_ data: Data) -> [String] {
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            let features = root["features"] as? [Any]
        else { return [] }
        return Array(Set(features.flatMap { (($0 as? [String: Any])?["properties"] as? [String: Any] ?? [:]).keys }))
            .sorted()
    }

    public static func parse(
        _ data: Data, codeProperty: String, nameProperty: String
    ) -> Result<Parsed, AreaImportFailure> {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            return .failure(
                AreaImportFailure([
                    .notJSON((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "unreadable")
                ]))
        }
        guard let root = json as? [String: Any], root["type"] as? String == "FeatureCollection",
            let features = root["features"] as? [Any]
        else {
            return .failure(AreaImportFailure([.notFeatureCollection]))
        }
        guard !features.isEmpty else { return .failure(AreaImportFailure([.noFeatures])) }
        let system: CoordinateSystem
        switch CoordinateSystem.named(in: root) {
        case .success(let found): system = found
        case .failure(let problem): return .failure(AreaImportFailure([problem]))
        }
        var problems: [AreaImportProblem] = [], warnings: [AreaImportProblem] = []
        var areas: [AreaShape] = [], seen: Set<String> = []
        var located: [(feature: Int, geometry: AreaGeometry)] = []
        let available = properties(data)
        // A property no feature has is one mistake (a wrong name), said once with the names the file has.
        let absent = [codeProperty, nameProperty].filter { !available.contains($0) }
        guard absent.isEmpty else {
            return .failure(AreaImportFailure(absent.map { .propertyNotInFile(property: $0, available: available) }))
        }
        for (index, item) in features.enumerated() {
            let number = index + 1
            let feature = item as? [String: Any] ?? [:]
            let properties = feature["properties"] as? [String: Any] ?? [:]
            guard let code = Self.text(properties[codeProperty]) else {
                problems.append(.missingProperty(feature: number, property: codeProperty))
                continue
            }
            guard let name = Self.text(properties[nameProperty]) else {
                problems.append(.missingProperty(feature: number, property: nameProperty))
                continue
            }
            if !CatalogueCode.isValid(code) { problems.append(.invalidCode(feature: number, code: code)) }
            if !seen.insert(code).inserted { problems.append(.duplicateCode(feature: number, code: code)) }
            let reader = GeometryReader(feature: number, system: system)
            switch reader.read(feature["geometry"] as? [String: Any] ?? [:]) {
            case .success(let result):
                warnings += result.warnings
                if let problem = AreaFileChecks.placement(result.geometry, feature: number) {
                    problems.append(problem)
                    continue
                }
                areas.append(AreaShape(code: code, name: name, geometry: result.geometry))
                located.append((number, result.geometry))
            case .failure(let failure):
                problems += failure.problems
            }
        }
        guard problems.isEmpty else { return .failure(AreaImportFailure(problems)) }
        return .success(
            Parsed(areas: areas, warnings: warnings + AreaFileChecks.overlaps(located), properties: available))
    }

    static func text(_ value: Any?) -> String? {
        switch value {
        case let string as String where !string.trimmingCharacters(in: .whitespaces).isEmpty:
            string.trimmingCharacters(in: .whitespaces)
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }
}

/// Everything wrong with a refused area file.
public struct AreaImportFailure: Error, Sendable, Equatable {
    public var problems: [AreaImportProblem]
    public init(_ problems: [AreaImportProblem]) { self.problems = problems }
}

/// The coordinate system of a GeoJSON file's positions.
enum CoordinateSystem: Sendable {
    case wgs84
    case sweref99TM

    static func named(in root: [String: Any]) -> Result<CoordinateSystem, AreaImportProblem> {
        guard let crs = root["crs"] as? [String: Any] else { return .success(.wgs84) }
        let name = (crs["properties"] as? [String: Any])?["name"] as? String ?? ""
        if name.hasSuffix("3006") { return .success(.sweref99TM) }
        if name.hasSuffix("4326") || name.hasSuffix("CRS84") { return .success(.wgs84) }
        return .failure(.unknownCRS(name))
    }

    /// A file position as WGS 84, or nil when it lies outside the system's valid range.
    func point(_ first: Double, _ second: Double) -> GeoPoint? {
        switch self {
        case .wgs84:
            let point = GeoPoint(longitude: first, latitude: second)
            return point.isInRange ? point : nil
        case .sweref99TM:
            // SWEREF 99 TM is defined for Sweden; far outside it the projection means nothing.
            guard (-100_000...1_200_000).contains(first), (5_900_000...7_900_000).contains(second) else { return nil }
            return SWEREF99TM.unproject(GridPoint(easting: first, northing: second))
        }
    }
}
