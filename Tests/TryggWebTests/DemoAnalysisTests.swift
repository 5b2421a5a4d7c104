import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

/// What an analyst finds in the demo: its persistent and emerging clusters, and no rise that is not there.
@Suite("Analysing the demo")
struct DemoAnalysisTests {
    static let now = ISO8601DateFormatter().date(from: "2026-11-25T12:00:00Z")!
    static let persistent = [(65.5825, 22.1480), (65.5905, 22.2600), (65.6215, 22.1290)]
    static let emerging = (65.6190, 22.1930)
    /// Where the demo's evaluated measures were, and their comparison area (`DemoWork`).
    static let measured: Set<String> = ["vandalism/hertson", "unsafe-place/gammelstad", "unsafe-place/sunderbyn"]

    func withDemo(
        _ engine: TestEngine, _ body: @Sendable (any TestClientProtocol, String) async throws -> Void
    ) async throws {
        try await withTestDatabase(engine, municipality: nil) { database in
            _ = try await DemoMunicipality.fill(database, hashing: PlainTestHashing(), now: Self.now)
            let municipality = try await MunicipalityStore(database).require()
            let analyst = try #require(
                try await UserStore(database, municipalityID: municipality.id, hashing: PlainTestHashing()).find(
                    username: "analytiker"))
            let token = try await AccessTokenStore(database).issue(to: analyst.id, name: "test").secret
            var logger = Logger(label: "trygg.test")
            logger.logLevel = .warning
            let app = try await buildApplication(
                AppConfiguration(), storage: Storage(database, hashing: PlainTestHashing()), logger: logger)
            try await app.test(.router) { client in try await body(client, token) }
        }
    }

    func get(_ client: any TestClientProtocol, _ path: String, _ token: String) async throws -> [String: Any] {
        let response = try await client.execute(uri: path, method: .get, headers: [.authorization: "Bearer \(token)"])
        #expect(response.status == .ok, "\(path)")
        return try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    /// Cells of `cells` whose centre lies within `metres` of a place.
    func near(_ cells: [[String: Any]], _ place: (Double, Double), metres: Double = 400) -> [[String: Any]] {
        let point = SWEREF99TM.project(GeoPoint(longitude: place.1, latitude: place.0))
        return cells.filter { cell in
            let de = (cell["easting"] as! Double) - point.easting, dn = (cell["northing"] as! Double) - point.northing
            return (de * de + dn * dn).squareRoot() <= metres
        }
    }

    @Test(arguments: TestEngine.available)
    func theAnalystFindsThePersistentAndEmergingClusters(_ engine: TestEngine) async throws {
        try await withDemo(engine) { client, token in
            let hotSpots = try await get(client, "/api/v1/analysis/hotspots?from=2026-10-01&to=2026-10-31", token)
            let hot = (hotSpots["cells"] as! [[String: Any]]).filter { ($0["level"] as! String).hasPrefix("hot") }
            for place in Self.persistent + [Self.emerging] {
                #expect(!near(hot, place).isEmpty, "a hot spot at \(place)")
            }
            // The strongest cells of the month are the clusters, not the background around the area centres.
            let strongest = hot.sorted { ($0["z"] as! Double) > ($1["z"] as! Double) }.prefix(5)
            #expect(
                strongest.allSatisfy { cell in
                    (Self.persistent + [Self.emerging]).contains { !near([cell], $0, metres: 600).isEmpty }
                })

            // The four most reported hot places are the four clusters, each within 300 m of its place.
            let places = (hotSpots["places"] as! [[String: Any]]).prefix(4).map { $0["peak"] as! [String: Any] }
            for place in Self.persistent + [Self.emerging] {
                #expect(!near(Array(places), place, metres: 300).isEmpty, "a hot place at \(place)")
            }

            let emerging =
                try await get(client, "/api/v1/analysis/emerging?from=2025-11-01&to=2026-10-31", token)["cells"]
                as! [[String: Any]]
            let categories = { (place: (Double, Double)) in Set(near(emerging, place).map { $0["category"] as! String })
            }
            #expect(categories(Self.emerging).contains("new"))
            for place in Self.persistent {
                #expect(
                    !categories(place).isDisjoint(with: ["persistent", "intensifying"]),
                    "\(place): \(categories(place))")
                #expect(!categories(place).contains("new"))
            }
        }
    }

    @Test(arguments: TestEngine.available)
    func theOnlySignificantRiseIsTheEmergingClusterAndTheFallsAreWhereTheMeasuresWere(_ engine: TestEngine) async throws
    {
        try await withDemo(engine) { client, token in
            let month = try await get(client, "/api/v1/analysis/months/2026-10", token)
            let changes = (month["significantChanges"] as! [[String: Any]]).map { "\($0["indicator"]!)/\($0["area"]!)" }
            #expect(changes == ["disorder/bjorkskatan"])
            for path in [
                "/api/v1/analysis/trends?from=2025-11-01&to=2026-10-31",
                "/api/v1/analysis/trends?from=2026-01-01&to=2026-08-31&unit=week",
            ] {
                let series = try await get(client, path, token)["series"] as! [[String: Any]]
                let significant = series.filter { $0["significant"] as! Bool }
                func name(_ series: [String: Any]) -> String { "\(series["indicator"]!)/\(series["area"]!)" }
                func rose(_ series: [String: Any]) -> Bool {
                    let comparison = series["comparison"] as! [String: Any]
                    return (comparison["count"] as! Int) > (comparison["earlierCount"] as! Int)
                }
                #expect(significant.filter(rose).map(name).allSatisfy { $0 == "disorder/bjorkskatan" }, "\(path)")
                // The demo's year of measures: what fell before and after them is where they were carried out.
                #expect(
                    Set(significant.filter { !rose($0) }.map(name)).isSubset(of: Self.measured), "\(path)")
            }
        }
    }
}
