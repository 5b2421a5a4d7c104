import Foundation

/// Reads named places and address points from CSV or GeoJSON, in WGS 84 or SWEREF 99 TM.
///
/// CSV: a header with `name` (or `namn`), an optional `kind` (`landmark`/`plats`, `address`/`adress`) and
/// either `lat,lon` (WGS 84 degrees) or `northing,easting` (SWEREF 99 TM metres); commas or semicolons.
/// GeoJSON: a FeatureCollection of Points, WGS 84 unless its `crs` names EPSG:3006; the name is the
/// given properties joined by spaces (Lantmäteriet's address points: street name and number).
public enum PlaceFile {
    /// One place as read, before it is stored.
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var kind: Place.Kind
        public var position: GeoPoint
        public init(name: String, kind: Place.Kind, position: GeoPoint) {
            self.name = name
            self.kind = kind
            self.position = position
        }
    }

    /// Something in the file that stops the import, with where it is.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// "line 4" or "feature 12"; empty for the whole file.
        public var location: String
        public var message: String
        public var description: String { location.isEmpty ? message : location + ": " + message }
    }

    /// Everything wrong with a refused file.
    public struct Failure: Error, Sendable, Equatable {
        public var problems: [Problem]
        public init(_ problems: [Problem]) { self.problems = problems }
    }

    /// The longest name kept: a place name, not a description.
    public static let longestName = 120

    /// Reads a file whose first character decides the format: `{` is GeoJSON, anything else CSV.
    public static func parse(
        _ data: Data, nameProperties: [String] = ["name"], kind: Place.Kind = .landmark
    ) -> Result<[Entry], Failure> {
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(Failure([Problem(location: "", message: "the file is not UTF-8 text")]))
        }
        let result =
            text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.first == "{"
            ? geoJSON(data, nameProperties: nameProperties, kind: kind) : csv(text, kind: kind)
        return result.flatMap { entries in
            entries.isEmpty
                ? .failure(Failure([Problem(location: "", message: "the file holds no places")]))
                : .success(unique(entries))
        }
    }

    /// The same name at the same position once: address files often repeat a point per entrance.
    static func unique(_ entries: [Entry]) -> [Entry] {
        var seen = Set<String>()
        return entries.filter { seen.insert("\($0.name)|\($0.position.latitude)|\($0.position.longitude)").inserted }
    }

    static func csv(_ text: String, kind defaultKind: Place.Kind) -> Result<[Entry], Failure> {
        let lines = CSVReading.lines(text)
        guard let header = lines.first, !CSVReading.trimmed(header).isEmpty else {
            return .failure(Failure([Problem(location: "", message: "no header row")]))
        }
        let separator = CSVReading.separator(header)
        let names = CSVReading.fields(header, separator).map { CSVReading.trimmed($0).lowercased() }
        let column = { (choices: [String]) in choices.lazy.compactMap { names.firstIndex(of: $0) }.first }
        let nameColumn = column(["name", "namn"]), kindColumn = column(["kind", "typ"])
        let latitudeColumn = column(["lat", "latitude"]), longitudeColumn = column(["lon", "longitude"])
        let northingColumn = column(["northing", "n"]), eastingColumn = column(["easting", "e"])
        let wgs84 = latitudeColumn != nil && longitudeColumn != nil
        guard let nameColumn, wgs84 || (northingColumn != nil && eastingColumn != nil) else {
            return .failure(
                Failure([
                    Problem(
                        location: "line 1",
                        message:
                            "the header needs name and lat,lon (WGS 84) or northing,easting (SWEREF 99 TM); it has \(names.joined(separator: ","))"
                    )
                ]))
        }
        var entries: [Entry] = [], problems: [Problem] = []
        for (offset, line) in lines.enumerated().dropFirst() where !CSVReading.trimmed(line).isEmpty {
            let fields = CSVReading.fields(line, separator).map(CSVReading.trimmed)
            let value = { (index: Int?) in index.flatMap { $0 < fields.count ? fields[$0] : nil } ?? "" }
            let pair =
                wgs84 ? (value(longitudeColumn), value(latitudeColumn)) : (value(eastingColumn), value(northingColumn))
            let system: CoordinateSystem = wgs84 ? .wgs84 : .sweref99TM
            switch entry(
                name: value(nameColumn), kind: value(kindColumn), defaultKind: defaultKind, first: pair.0,
                second: pair.1, system: system)
            {
            case .success(let entry): entries.append(entry)
            case .failure(let message): problems.append(Problem(location: "line \(offset + 1)", message: message.text))
            }
        }
        return problems.isEmpty ? .success(entries) : .failure(Failure(problems))
    }

    static func geoJSON(
        _ data: Data, nameProperties: [String], kind defaultKind: Place.Kind
    ) -> Result<[Entry], Failure> {
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            return .failure(Failure([Problem(location: "", message: "the file is not JSON")]))
        }
        guard root["type"] as? String == "FeatureCollection", let features = root["features"] as? [Any] else {
            return .failure(Failure([Problem(location: "", message: "the file is not a GeoJSON FeatureCollection")]))
        }
        let system: CoordinateSystem
        switch CoordinateSystem.named(in: root) {
        case .success(let found): system = found
        case .failure(let problem): return .failure(Failure([Problem(location: "", message: problem.description)]))
        }
        let available = AreaFile.properties(data)
        let absent = nameProperties.filter { !available.contains($0) }
        guard absent.isEmpty else {
            return .failure(
                Failure([
                    Problem(
                        location: "",
                        message:
                            "no feature has the property \(absent.joined(separator: ", ")); the file has \(available.joined(separator: ", "))"
                    )
                ]))
        }
        var entries: [Entry] = [], problems: [Problem] = []
        for (index, item) in features.enumerated() {
            let feature = item as? [String: Any] ?? [:]
            let properties = feature["properties"] as? [String: Any] ?? [:]
            let geometry = feature["geometry"] as? [String: Any] ?? [:]
            let location = "feature \(index + 1)"
            guard geometry["type"] as? String == "Point", let pair = geometry["coordinates"] as? [Any], pair.count >= 2
            else {
                problems.append(
                    Problem(
                        location: location,
                        message: "the geometry must be a Point, got \(geometry["type"] as? String ?? "none")"))
                continue
            }
            let name = nameProperties.compactMap { AreaFile.text(properties[$0]) }.joined(separator: " ")
            let coordinate = { (value: Any) in (value as? NSNumberConvertible).map { String($0.doubleValue) } ?? "" }
            switch entry(
                name: name, kind: AreaFile.text(properties["kind"]) ?? "", defaultKind: defaultKind,
                first: coordinate(pair[0]), second: coordinate(pair[1]), system: system)
            {
            case .success(let entry): entries.append(entry)
            case .failure(let message): problems.append(Problem(location: location, message: message.text))
            }
        }
        return problems.isEmpty ? .success(entries) : .failure(Failure(problems))
    }

    struct Message: Error {
        var text: String
    }

    /// One place from its name, kind and a coordinate pair in the file's order (longitude or easting first).
    static func entry(
        name rawName: String, kind: String, defaultKind: Place.Kind, first: String, second: String,
        system: CoordinateSystem
    ) -> Result<Entry, Message> {
        let name = rawName.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !name.isEmpty else { return .failure(Message(text: "the name is empty")) }
        guard name.count <= longestName else {
            return .failure(Message(text: "the name is longer than \(longestName) characters"))
        }
        guard let placeKind = kind.isEmpty ? defaultKind : Place.Kind(spelled: kind) else {
            return .failure(Message(text: "kind '\(kind)' is neither landmark nor address"))
        }
        guard let a = Double(first), let b = Double(second), let point = system.point(a, b) else {
            let expected = system == .wgs84 ? "degrees in WGS 84" : "metres in SWEREF 99 TM (Sweden)"
            return .failure(Message(text: "the position must be \(expected), got '\(first)', '\(second)'"))
        }
        return .success(Entry(name: name, kind: placeKind, position: point))
    }
}
