import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

@Suite("Analysis pages, CSV, API and the command line")
struct AnalysisPagesTests {
    static func local(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 20) -> Date {
        ISOWeek.calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour))!
    }

    /// Approved reports in October 2026: a tight cluster in Centrum and a spread over the town.
    static func addReports(_ accounts: TestAccounts) async throws {
        let users = accounts.users
        let reporter = try #require(try await users.find(username: "reporter"))
        let reviewer = try #require(try await users.find(username: "reviewer"))
        let store = ReportStore(accounts.database, municipalityID: accounts.municipality.id)
        var random = SeededRandom(seed: 11)
        var drafts: [ReportDraft] = []
        for i in 0..<25 {
            drafts.append(
                ReportDraft(
                    indicatorCode: "vandalism", occurredAt: local(2026, 10, 1 + i % 28),
                    latitude: 65.5840 + random.normal(deviation: 0.0006),
                    longitude: 22.1545 + random.normal(deviation: 0.0012),
                    description: "Klotter på fasaden"))
        }
        for i in 0..<40 {
            // Every other one known only to the night (22–06), as the report form stores it: the part's start.
            drafts.append(
                ReportDraft(
                    indicatorCode: "unsafe-place", occurredAt: local(2026, 10, 1 + i % 28, i % 2 == 0 ? 22 : 12),
                    partOfDay: i % 2 == 0 ? .night : nil,
                    latitude: 65.56 + Double.random(in: 0..<0.07, using: &random),
                    longitude: 22.08 + Double.random(in: 0..<0.2, using: &random),
                    description: "Trasig belysning"))
        }
        for draft in drafts {
            let report = try await store.submit(draft, by: reporter, now: local(2026, 11, 2))
            _ = try await store.decide(report.id, .approve, comment: nil, by: reviewer)
        }
        // Submitted but never approved: no analysis may count it.
        _ = try await store.submit(
            ReportDraft(
                indicatorCode: "vandalism", occurredAt: local(2026, 10, 3), latitude: 65.5840, longitude: 22.1545,
                description: "Ej granskad"), by: reporter, now: local(2026, 11, 2))
    }

    static let october = "from=2026-10-01&to=2026-10-31"

    func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    @Test(arguments: TestEngine.available)
    func thePageTheAPIAndTryggAnalyseGiveTheSameHotSpots(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            try await Self.addReports(accounts)
            var analyst = Browser(client)
            try await analyst.signIn("analyst")
            let page = try await analyst.get("/analysis/hotspots?\(Self.october)")
            #expect(page.status == .ok)
            #expect(page.text.contains("Brännpunkt 99 %") && page.text.contains("<svg"))
            let csv = try await analyst.get("/analysis/hotspots.csv?\(Self.october)")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.text.hasPrefix("easting,northing,count,gi_z,p,fdr_significant\n"))

            // The command line on the page's own point file, with the exported areas as the study region.
            let points = try await analyst.get("/analysis/points.csv?\(Self.october)").text
            #expect(points.split(separator: "\n").count == 1 + 65)
            var coordinator = Browser(client)
            try await coordinator.signIn("coordinator")
            let areas = try await coordinator.get(Route.areasExport.path)
            var options = PointFileAnalysis.Options()
            options.region = try AreaFile.parse(Data(buffer: areas.body), codeProperty: "code", nameProperty: "name")
                .get().areas.map(\.geometry)
            let commandLine = try PointFileAnalysis.run(.hotspots, text: points, options: options)
            #expect(commandLine.csv == csv.text)

            let token = try await ReportsAPITests().token(client, "analyst")
            let api = try json(
                try await client.execute(
                    uri: "/api/v1/analysis/hotspots?\(Self.october)&all=true", method: .get,
                    headers: [.authorization: "Bearer \(token)"]))
            let cells = try #require(api["cells"] as? [[String: Any]])
            let rows = csv.text.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
            #expect(cells.count == rows.count)
            for (cell, row) in zip(cells, rows) {
                #expect(
                    CSV.number(cell["easting"] as! Double) == row[0]
                        && CSV.number(cell["northing"] as! Double) == row[1])
                #expect(cell["count"] as? Int == Int(row[2]))
                #expect(abs((cell["z"] as! Double) - Double(row[3])!) < 1e-6)
                #expect((cell["fdrSignificant"] as! Bool) == (row[5] == "true"))
            }
            // The cluster is the hottest place, and the unreviewed report counts nowhere.
            let hottest = try #require(cells.max { ($0["z"] as! Double) < ($1["z"] as! Double) })
            let centre = SWEREF99TM.project(GeoPoint(longitude: 22.1545, latitude: 65.5840))
            #expect(
                abs((hottest["easting"] as! Double) - centre.easting) < 600
                    && abs((hottest["northing"] as! Double) - centre.northing) < 600)
            #expect(cells.reduce(0) { $0 + ($1["count"] as! Int) } == 65)
        }
    }

    @Test(arguments: TestEngine.available)
    func trendsAndHotTimesAgreeBetweenCSVAndAPI(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            try await Self.addReports(accounts)
            let token = try await ReportsAPITests().token(client, "coordinator")
            let trends = try json(
                try await client.execute(
                    uri: "/api/v1/analysis/trends?\(Self.october)", method: .get,
                    headers: [.authorization: "Bearer \(token)"]))
            let total = try #require(trends["total"] as? [String: Any])
            // 65 against nothing a year earlier over equal times: both tails of Binomial(65, 1/2), p = 2 · 2^-65.
            #expect((total["comparison"] as? [String: Any])?["count"] as? Int == 65)
            #expect(abs(((total["comparison"] as? [String: Any])?["p"] as! Double) - pow(0.5, 64)) < 1e-30)
            let series = try #require(trends["series"] as? [[String: Any]])
            #expect(
                series.contains {
                    $0["indicator"] as? String == "vandalism" && $0["area"] as? String == "centrum"
                        && $0["significant"] as? Bool == true
                })

            let hotTimes = try json(
                try await client.execute(
                    uri: "/api/v1/analysis/hottimes?\(Self.october)", method: .get,
                    headers: [.authorization: "Bearer \(token)"]))
            let weights = try #require(hotTimes["weights"] as? [[Double]])
            #expect(abs(weights.joined().reduce(0, +) - 65) < 1e-9)
            var browser = Browser(client)
            try await browser.signIn("coordinator")
            let csv = try await browser.get("/analysis/hottimes.csv?\(Self.october)").text
            let fromCSV = csv.split(separator: "\n").dropFirst().map { Double($0.split(separator: ",")[2])! }
            #expect(zip(fromCSV, weights.joined()).allSatisfy { abs($0 - $1) < 0.0001 })
            // Night reports spread over 22–06: some weight lands at 03:00, which no exact time in the data has.
            #expect(weights.contains { $0[3] > 0 })
            // A band far too wide for its cells is refused before the work starts, and the form says what to change.
            let heavy = try await browser.get("/analysis/hotspots?from=2026-10-01&to=2026-10-31&cell=50&band=10000")
            #expect(heavy.status == .unprocessableContent && heavy.text.contains("Det blir för tungt att räkna"))
            let page = try await browser.get("/analysis/trends?\(Self.october)")
            #expect(page.status == .ok && page.text.contains("Signifikant ökning"))
            #expect(
                page.text.contains("Per indikator")
                    && page.text.contains(#"aria-labelledby="trend-1-title trend-1-desc""#))
        }
    }

    @Test(arguments: TestEngine.available)
    func badFilterValuesGetSpecificErrorsAndTheFormKeepsThem(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            try await browser.signIn("analyst")
            let page = try await browser.get("/analysis/hotspots?from=2026-13-01&to=2026-10-31&cell=abc&band=99999")
            #expect(page.status == .unprocessableContent)
            #expect(page.text.contains("Ange ett datum som ÅÅÅÅ-MM-DD."))
            #expect(page.text.contains("Ange ett heltal.") || page.text.contains("Värdet ligger utanför"))
            #expect(page.text.contains(#"value="abc""#) && page.text.contains(#"value="2026-13-01""#))
            // A code that names nothing is said, on the page and in the API.
            let unknown = try await browser.get("/analysis/trends?indicator=ingenting&area=mars")
            #expect(
                unknown.status == .unprocessableContent
                    && unknown.text.components(separatedBy: "Det valda värdet finns inte.").count == 3)
            // A month's period goes along to density but not to emerging hot spots, which need four slices.
            let month = try await browser.get("/analysis/hotspots?from=2026-10-01&to=2026-10-31&indicator=vandalism")
                .text
            #expect(month.contains("/analysis/density?from=2026-10-01&amp;to=2026-10-31&amp;indicator=vandalism"))
            #expect(month.contains("/analysis/emerging?indicator=vandalism"))
            let token = try await ReportsAPITests().token(client, "analyst")
            let api = try await client.execute(
                uri: "/api/v1/analysis/emerging?from=2026-09-01&to=2026-10-31", method: .get,
                headers: [.authorization: "Bearer \(token)"])
            #expect(api.status == .unprocessableContent)
            #expect(api.headers[.contentType] == "application/problem+json")
            let errors = try #require(try json(api)["errors"] as? [[String: Any]])
            #expect(errors.first?["problem"] as? String == "tooFewSlices")
            let unknownArea = try await client.execute(
                uri: "/api/v1/analysis/hotspots?area=mars", method: .get, headers: [.authorization: "Bearer \(token)"])
            #expect(unknownArea.status == .unprocessableContent && unknownArea.text.contains(#""field":"area""#))
            let backwards = try await client.execute(
                uri: "/api/v1/analysis/trends?from=2026-10-31&to=2026-10-01", method: .get,
                headers: [.authorization: "Bearer \(token)"])
            #expect(try json(backwards)["errors"].map { "\($0)" }?.contains("endBeforeStart") == true)
            // One end alone is enough: from a day up to today, or a month's span back from a day.
            let fromOnly = try json(
                try await client.execute(
                    uri: "/api/v1/analysis/hottimes?from=2026-10-01", method: .get,
                    headers: [.authorization: "Bearer \(token)"]))
            #expect((fromOnly["period"] as? [String: String])?["from"] == "2026-10-01")
            let toOnly = try json(
                try await client.execute(
                    uri: "/api/v1/analysis/hottimes?to=2026-10-31", method: .get,
                    headers: [.authorization: "Bearer \(token)"]))
            #expect((toOnly["period"] as? [String: String])?["from"] == "2026-10-01")
        }
    }

    @Test(arguments: TestEngine.available)
    func theMonthlyPictureShowsOnlySignificantChangesAndTheMeetingsFocus(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            try await Self.addReports(accounts)
            let meetings = MeetingStore(accounts.database, municipalityID: accounts.municipality.id)
            try await meetings.save(
                ISOWeek("2026-W42")!, participants: ["Polisen"], notes: "", focus: "Centrum: klotter vid torget")
            let reviewer = try #require(try await accounts.users.find(username: "reviewer"))
            _ = try await meetings.close(ISOWeek("2026-W42")!, by: reviewer)
            var browser = Browser(client)
            try await browser.signIn("analyst")
            let page = try await browser.get("/analysis/months/2026-10")
            #expect(page.status == .ok)
            #expect(page.text.contains("Månadsbild oktober 2026") && page.text.contains("Centrum: klotter vid torget"))
            #expect(page.text.contains("Signifikant ökning"))
            let token = try await ReportsAPITests().token(client, "analyst")
            let api = try json(
                try await client.execute(
                    uri: "/api/v1/analysis/months/2026-10", method: .get, headers: [.authorization: "Bearer \(token)"]))
            #expect(api["reports"] as? Int == 65)
            let changes = try #require(api["significantChanges"] as? [[String: Any]])
            #expect(
                changes.contains { $0["indicator"] as? String == "vandalism" && $0["area"] as? String == "centrum" })
            #expect(changes.allSatisfy { $0["significant"] as? Bool == true })
            #expect((api["focus"] as? [[String: Any]])?.first?["week"] as? String == "2026-W42")
            #expect(try await browser.get("/analysis/months/2026-13").status == .notFound)
        }
    }

    @Test(arguments: TestEngine.available)
    func aMunicipalityWithoutBoundariesOrReportsGetsAQuietPictureNotAnError(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            let areas = AreaStore(accounts.database, municipalityID: accounts.municipality.id)
            for area in try await areas.all() { try await areas.setActive(area.id, false) }
            var browser = Browser(client)
            try await browser.signIn("analyst")
            let month = try await browser.get("/analysis/months/2026-10")
            #expect(month.status == .ok)
            #expect(month.text.contains("Inga signifikanta förändringar"))
            let hotSpots = try await browser.get("/analysis/hotspots?\(Self.october)")
            #expect(hotSpots.status == .ok && hotSpots.text.contains("Det finns inga godkända rapporter med plats"))
            #expect(
                try await browser.get("/analysis/hottimes?\(Self.october)").text.contains(
                    "Det finns inga godkända rapporter i den valda perioden."))
            // The API and the CSV answer with empty results, not an error.
            let token = try await ReportsAPITests().token(client, "analyst")
            let api = try await client.execute(
                uri: "/api/v1/analysis/hotspots?\(Self.october)", method: .get,
                headers: [.authorization: "Bearer \(token)"])
            #expect(api.status == .ok)
            #expect((try json(api)["cells"] as? [Any])?.isEmpty == true)
            #expect(
                try await browser.get("/analysis/emerging.csv").text
                    == "easting,northing,category,hot_slices,slices,counts,trend_z,trend_p,trend_adjusted_p\n")
        }
    }
}
