import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

@Suite("Maps, the place picker and area import")
struct MapPageTests {
    @Test(arguments: TestEngine.available)
    func theMapShowsTheTwelveAreasAndSaysTheyAreApproximate(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            try await browser.signIn("reader")
            let page = try await browser.get("/map").text
            #expect(page.contains(#"<svg xmlns="http://www.w3.org/2000/svg" class="map""#))
            #expect(page.components(separatedBy: "data-area=").count - 1 == 12)
            #expect(page.contains("Områdesgränserna är ungefärliga"))
            #expect(page.contains(">Porsön</a></td>"))
        }
    }

    @Test(arguments: TestEngine.available)
    func aPointInPorsönIsSaidToBeInPorsön(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            try await browser.signIn("reporter")
            let located = try await browser.get("/map/locate?latitude=65.617&longitude=22.138")
            #expect(located.text.contains(#""area":"porson""#))
            #expect(located.text.contains(#""areaName":"Porsön""#))
            let grid = SWEREF99TM.project(GeoPoint(longitude: 22.138, latitude: 65.617))
            #expect(
                try await browser.get("/map/locate?easting=\(grid.easting)&northing=\(grid.northing)").text.contains(
                    #""area":"porson""#))
            let picked = try await browser.get("/map/pick?latitude=65.617&longitude=22.138&place=Pors%C3%B6skolan").text
            #expect(picked.contains("Vald plats: 65.61700, 22.13800 – Porsön"))
            #expect(picked.contains(#"value="Porsöskolan""#))
            #expect(picked.contains(#"<option value="porson" selected>"#))
        }
    }

    @Test(arguments: TestEngine.available)
    func withoutJavaScriptAnAreaAndADescriptionAreEnough(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            try await browser.signIn("reporter")
            let picked = try await browser.get("/map/pick?area=hertson&place=Centralv%C3%A4gen&zoom=1").text
            #expect(picked.contains("Valt område: Hertsön"))
            let whole = try await browser.get("/map/pick?area=hertson").text
            func metresPerUnit(_ page: String) -> Double? {
                page.firstMatch(of: /data-metres-per-unit="([0-9.]+)"/).flatMap { Double(String($0.1)) }
            }
            #expect(try #require(metresPerUnit(picked)) * 1.5 < #require(metresPerUnit(whole)), "zoomed to Hertsön")
            #expect(picked.contains(">Visa hela kommunen</a>"))
        }
    }

    @Test(arguments: TestEngine.available)
    func locatingWithoutNumbersIsA422(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            try await browser.signIn("reporter")
            #expect(try await browser.get("/map/locate?latitude=x").status == .unprocessableContent)
        }
    }

    @Test(arguments: TestEngine.available)
    func anAnalystsMapPointsOpenTheirReportsAndAClusterZoomsIn(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var reporter = try await Browser.signedIn(client, "reporter")
            let first = try await reporter.submitReport("Klotter på tunneln")
            let second = try await reporter.submitReport("Mer klotter på tunneln")
            let reviewer = try #require(try await accounts.users.find(username: "reviewer"))
            let store = ReportStore(accounts.database, municipalityID: accounts.municipality.id)
            for path in [first, second] {
                _ = try await store.decide(
                    try #require(UUID(uuidString: String(path.split(separator: "/").last!))), .approve, comment: nil,
                    by: reviewer)
            }
            var analyst = try await Browser.signedIn(client, "analyst")
            // Both reports lie on one spot: one cluster, with no closer view to offer.
            let together = try await analyst.get("/map").text
            #expect(together.contains(#"role="group""#))
            #expect(together.contains(">2</text>"))
            #expect(!together.contains("zoom=box"))
            // Moved apart a little, the two are a cluster that zooms in, and each opens its report up close.
            let moved = ReportDraft(
                indicatorCode: "vandalism", subtypeCode: "graffiti", occurredAt: Date(timeIntervalSinceNow: -86_400),
                latitude: 65.6172, longitude: 22.1385, description: "Klotter igen")
            let third = try await store.submit(
                moved, by: try #require(try await accounts.users.find(username: "reporter")))
            _ = try await store.decide(third.id, .approve, comment: nil, by: reviewer)
            let apart = try await analyst.get("/map").text
            let zoomLink = try #require(apart.firstMatch(of: /href="(\/map\?[^"]*zoom=box[^"]*)"/)?.1)
            #expect(apart.contains("3 rapporter här – zooma in"))
            let close = try await analyst.get(String(zoomLink).replacingOccurrences(of: "&amp;", with: "&")).text
            #expect(close.contains("Kartan visar en del av kommunen."))
            #expect(close.contains(#"<a href="/reports/\#(third.id.uuidString)" aria-label="Skadegörelse"#))
            #expect(try await analyst.get("/reports/\(third.id.uuidString)").status == .ok)
        }
    }

    @Test(arguments: TestEngine.available)
    func theMapZoomsToAnAreaAndBackThroughLinks(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reader = try await Browser.signedIn(client, "reader")
            let whole = try await reader.get("/map").text
            #expect(whole.contains(#"<a href="/map?from="#))
            #expect(whole.contains("zoom=area%3Aporson\">Porsön</a>"))
            let porsön = try await reader.get("/map?zoom=area%3Aporson").text
            #expect(porsön.contains("Kartan visar Porsön."))
            #expect(porsön.contains(#"zoom=area%3Aporson" aria-current="true">Porsön</a>"#))
            #expect(porsön.contains(">Hela kommunen</a>"))
            #expect(try await reader.get("/map?zoom=area%3Anowhere").status == .ok)
        }
    }

    @Test(arguments: TestEngine.available)
    func thePickerFindsPlacesByNameWithAndWithoutScript(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            try await PlaceStore(accounts.database, municipalityID: accounts.municipality.id)
                .replace(source: "demo", with: LuleaPlaces.all, approximate: true)
            var reporter = try await Browser.signedIn(client, "reporter")
            let json = try await reporter.get("/map/places?q=kultur").text
            #expect(
                json.contains(#""name":"Kulturens hus""#) && json.contains(#""area":"centrum""#)
                    && json.contains(#""approximate":true"#))
            #expect(try await reporter.get("/map/places?q=k").status == .unprocessableContent)
            let page = try await reporter.get("/map/pick?q=kultur").text
            let link = try #require(
                page.firstMatch(
                    of:
                        /href="([^"]*)" aria-label="Välj Kulturens hus">Kulturens hus<\/a> <span class="hint">\(ungefärligt läge\)/
                )?.1)
            let chosen = try await reporter.get(String(link).replacingOccurrences(of: "&amp;", with: "&")).text
            #expect(chosen.contains("Vald plats: 65.58490, 22.15670 – Centrum"))
            #expect(chosen.contains(#"value="Kulturens hus""#))
            let reportHere = try #require(
                chosen.firstMatch(of: /href="(\/reports\/new\?[^"]*)">Rapportera en händelse här/)?.1)
            let form = try await reporter.get(String(reportHere).replacingOccurrences(of: "&amp;", with: "&")).text
            #expect(form.contains(#"name="latitude" value="65.584900""#))
            #expect(form.contains(#"<option value="centrum" selected>"#))
            #expect(try await reporter.get("/map/pick?q=zzzz").text.contains("Ingen plats matchar."))
        }
    }

    static let twoAreas = #"""
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"KOD":"norr","NAMN":"Norr"},"geometry":{"type":"Polygon","coordinates":[[[22.0,65.6],[22.3,65.6],[22.3,65.7],[22.0,65.7],[22.0,65.6]]]}},
         {"type":"Feature","properties":{"KOD":"soder","NAMN":"Söder"},"geometry":{"type":"MultiPolygon","coordinates":[[[[22.0,65.5],[22.3,65.5],[22.3,65.6],[22.0,65.6],[22.0,65.5]]]]}}]}
        """#

    @Test(arguments: TestEngine.available)
    func aCoordinatorPreviewsThenImportsAreas(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var browser = Browser(client)
            try await browser.signIn("coordinator")
            try await browser.get("/admin/areas/import")
            let fields = [
                ("geojson", Self.twoAreas), ("codeProperty", "KOD"), ("nameProperty", "NAMN"), ("replace", "true"),
            ]
            let preview = try await browser.post("/admin/areas/import", fields)
            #expect(preview.status == .ok)
            #expect(preview.text.contains("Filen innehåller 2 områden."))
            #expect(preview.text.contains("KOD, NAMN"))
            #expect(
                try await AreaStore(accounts.database, municipalityID: accounts.municipality.id).all().filter(\.active)
                    .count == 12)
            let saved = try await browser.post("/admin/areas/import", fields + [("confirm", "true")])
            #expect(saved.location == "/admin/areas?saved=1")
            let areas = try await AreaStore(accounts.database, municipalityID: accounts.municipality.id).all()
            #expect(areas.filter(\.active).map(\.code).sorted() == ["norr", "soder"])
            let located = try await browser.get("/map/locate?latitude=65.55&longitude=22.1").text
            #expect(located.contains(#""area":"soder""#))
            let export = try await browser.get("/admin/areas/export.geojson")
            #expect(export.headers[.contentType] == "application/geo+json")
            #expect(export.text.contains(#""code":"norr""#))
        }
    }

    @Test(arguments: TestEngine.available)
    func aBrokenFileIsRefusedSayingWhatAndWhereAndKeepsTheText(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var browser = Browser(client)
            try await browser.signIn("coordinator")
            try await browser.get("/admin/areas/import")
            let broken = Self.twoAreas.replacingOccurrences(
                of: "[22.0,65.7],[22.0,65.6]]", with: "[22.0,65.7],[22.05,65.6]]")
            let response = try await browser.post(
                "/admin/areas/import",
                [("geojson", broken), ("codeProperty", "KOD"), ("nameProperty", "NAMN"), ("confirm", "true")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Objekt 1, polygon 1, ring 1: ringen är inte sluten"))
            #expect(response.text.contains("[22.05,65.6]"))
            #expect(
                try await AreaStore(accounts.database, municipalityID: accounts.municipality.id).all().filter(\.active)
                    .count == 12)
        }
    }

    @Test(arguments: TestEngine.available)
    func importingExistingCodesWithoutReplaceIsExplained(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            try await browser.signIn("coordinator")
            try await browser.get("/admin/areas/import")
            let file = Self.twoAreas.replacingOccurrences(of: #""KOD":"norr""#, with: #""KOD":"porson""#)
            let response = try await browser.post(
                "/admin/areas/import",
                [("geojson", file), ("codeProperty", "KOD"), ("nameProperty", "NAMN"), ("confirm", "true")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Dessa områden finns redan: porson"))
        }
    }

    @Test(arguments: TestEngine.available)
    func aConfiguredTileServerIsDrawnAttributedAndAllowedByTheContentPolicy(_ engine: TestEngine) async throws {
        var configuration = AppConfiguration()
        configuration.tiles = TileLayer(
            template: "https://tiles.example/{z}/{x}/{y}.png", attribution: "© Exempelkartor")
        try await withTestApp(engine, configuration: configuration) { client, _ in
            var browser = Browser(client)
            try await browser.signIn("reader")
            let response = try await browser.get("/map")
            #expect(response.text.contains(#"<image href="https://tiles.example/"#))
            #expect(response.text.contains("© Exempelkartor"))
            #expect(
                response.headers[.contentSecurityPolicy]?.contains("img-src 'self' data: https://tiles.example") == true
            )
        }
    }

    @Test(arguments: TestEngine.available)
    func theMapShowsApprovedReportsFilteredByPeriodAndIndicator(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            let reporter = try #require(try await accounts.users.find(username: "reporter"))
            let reviewer = try #require(try await accounts.users.find(username: "reviewer"))
            let store = ReportStore(accounts.database, municipalityID: accounts.municipality.id)
            let report = try await store.submit(
                ReportDraft(
                    indicatorCode: "vandalism", subtypeCode: "graffiti", occurredAt: Date().addingTimeInterval(-86_400),
                    latitude: 65.617, longitude: 22.138, description: "Klotter"), by: reporter)
            _ = try await store.decide(report.id, .approve, comment: nil, by: reviewer)
            var analyst = Browser(client)
            try await analyst.signIn("analyst")
            let shown = try await analyst.get("/map").text
            #expect(shown.contains("1 rapport visas."))
            #expect(shown.contains("Skadegörelse</text>"))
            #expect(try await analyst.get("/map?indicator=disorder").text.contains("0 rapporter visas."))
            #expect(try await analyst.get("/map?from=2020-01-01&to=2020-12-31").text.contains("0 rapporter visas."))
            var reader = Browser(client)
            try await reader.signIn("reader")
            #expect(try await reader.get("/map").text.contains("0 rapporter visas."))
        }
    }
}
