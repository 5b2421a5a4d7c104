/// Luleå's twelve safety-survey areas with rough centres (latitude, longitude), from docs/domain.md.
public enum LuleaAreas {
    public struct Entry: Sendable {
        public let code: String
        public let name: String
        public let latitude: Double
        public let longitude: Double
    }

    public static let all: [Entry] = [
        .init(code: "bergnaset", name: "Bergnäset", latitude: 65.553, longitude: 22.205),
        .init(code: "bjorkskatan", name: "Björkskatan", latitude: 65.613, longitude: 22.170),
        .init(code: "centrum", name: "Centrum", latitude: 65.584, longitude: 22.155),
        .init(code: "gammelstad", name: "Gammelstad", latitude: 65.645, longitude: 22.028),
        .init(code: "hertson", name: "Hertsön", latitude: 65.586, longitude: 22.245),
        .init(code: "norrbyarna", name: "Norrbyarna", latitude: 65.72, longitude: 21.98),
        .init(code: "notviken", name: "Notviken", latitude: 65.600, longitude: 22.118),
        .init(code: "porson", name: "Porsön", latitude: 65.617, longitude: 22.138),
        .init(code: "ranea", name: "Råneå", latitude: 65.856, longitude: 22.300),
        .init(code: "sunderbyn", name: "Sunderbyn", latitude: 65.669, longitude: 21.933),
        .init(code: "sorbyarna", name: "Sörbyarna", latitude: 65.53, longitude: 21.93),
        .init(code: "ornaset", name: "Örnäset", latitude: 65.597, longitude: 22.095),
    ]
}
