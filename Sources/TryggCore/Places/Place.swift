import Foundation

/// A named place people know (a square, a school, a stop) or an address point: what the place picker finds by name.
public struct Place: Sendable, Equatable, Identifiable {
    /// Landmarks come from the municipality's own list; addresses from Lantmäteriet's address points.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case landmark
        case address

        /// Reads the kind as a file may spell it, in English or Swedish.
        public init?(spelled text: String) {
            switch text.lowercased() {
            case "landmark", "plats", "landmärke": self = .landmark
            case "address", "adress", "adressplats": self = .address
            default: return nil
            }
        }
    }

    public var id: UUID
    public var name: String
    public var kind: Kind
    public var position: GeoPoint
    /// The position is a rough one (the demo's gazetteer), said wherever it is shown.
    public var approximate: Bool
    /// Which import it came from, so one source can be replaced without touching another.
    public var source: String

    public init(
        id: UUID = UUID(), name: String, kind: Kind, position: GeoPoint, approximate: Bool = false, source: String
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.position = position
        self.approximate = approximate
        self.source = source
    }
}

/// How names are compared when searching: case, accents and spacing do not matter, so "malmvagen"
/// finds "Malmvägen" and "STORGATAN 5" finds "Storgatan 5".
public enum PlaceName {
    public static func searchKey(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Orders matches for a query: the exact name, then names starting with it, then names with a word
    /// starting with it; within each, shorter names first and then alphabetically.
    public static func ranked(_ places: [Place], query: String, limit: Int = 10) -> [Place] {
        let key = searchKey(query)
        guard !key.isEmpty else { return [] }
        func rank(_ place: Place) -> Int? {
            let name = searchKey(place.name)
            if name == key { return 0 }
            if name.hasPrefix(key) { return 1 }
            if name.contains(" " + key) || name.contains("-" + key) { return 2 }
            return nil
        }
        return places.compactMap { place in rank(place).map { (place, $0) } }
            .sorted { ($0.1, $0.0.name.count, $0.0.name) < ($1.1, $1.0.name.count, $1.0.name) }
            .prefix(limit).map(\.0)
    }
}
