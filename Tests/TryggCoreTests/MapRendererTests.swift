import Foundation
import Testing

@testable import TryggCore

@Suite("Maps drawn as SVG")
struct MapRendererTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Snapshots")

    /// Compares with the stored snapshot; a missing one (or `TRYGG_RECORD_SNAPSHOTS=1`) is written and reported.
    func assertSnapshot(_ svg: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Self.snapshots.appendingPathComponent("\(name).svg")
        if ProcessInfo.processInfo.environment["TRYGG_RECORD_SNAPSHOTS"] == "1"
            || !FileManager.default.fileExists(atPath: url.path)
        {
            try svg.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded snapshot \(name).svg; check it and run again", sourceLocation: sourceLocation)
            return
        }
        let stored = try String(contentsOf: url, encoding: .utf8)
        if stored != svg {
            // The new drawing goes beside the old one, so the two can be opened and compared.
            try svg.write(
                to: url.deletingPathExtension().appendingPathExtension("new.svg"), atomically: true, encoding: .utf8)
            Issue.record(
                "snapshot \(name).svg differs; the new drawing is in \(name).new.svg", sourceLocation: sourceLocation)
        }
    }

    static var luleå: [AreaShape] {
        ApproximateAreas.cells(
            for: LuleaAreas.all.map { ($0.code, GeoPoint(longitude: $0.longitude, latitude: $0.latitude)) }
        )
        .map { cell in
            AreaShape(
                code: cell.code, name: LuleaAreas.all.first { $0.code == cell.code }!.name, geometry: cell.geometry)
        }
    }

    @Test func luleåsAreasWithPointsAndAClusterMatchTheSnapshot() throws {
        var spec = MapSpec(title: "Luleå <test>", description: "Tolv områden och fem händelser")
        spec.areas = Self.luleå
        spec.categories = ["Skadegörelse", "Otrygg plats"]
        spec.points = [
            .init(position: GeoPoint(longitude: 22.155, latitude: 65.584), category: 0),
            .init(position: GeoPoint(longitude: 22.1551, latitude: 65.5841), category: 0),
            .init(position: GeoPoint(longitude: 22.1552, latitude: 65.5842), category: 1),
            .init(position: GeoPoint(longitude: 22.245, latitude: 65.586), category: 1),
            .init(position: GeoPoint(longitude: 21.933, latitude: 65.669), category: 0),
        ]
        spec.chosen = GeoPoint(longitude: 22.138, latitude: 65.617)
        try assertSnapshot(MapRenderer.svg(spec), named: "lulea-areas-points")
    }

    @Test func theMapIsAccessibleAndEscapesText() {
        var spec = MapSpec(title: "A & B", description: "<desc>")
        spec.areas = Self.luleå
        let svg = MapRenderer.svg(spec)
        let id = spec.id
        #expect(svg.contains(#"role="img" aria-labelledby="\#(id)-title \#(id)-desc""#))
        #expect(svg.contains(#"<title id="\#(id)-title">A &amp; B</title>"#))
        #expect(svg.contains("&lt;desc&gt;"))
        #expect(svg.contains(">Porsön</text>"))
        #expect(svg.contains("scale-bar") && svg.contains("north-arrow"))
    }

    @Test func twoMapsWithDifferentTitlesNeverShareAnElementID() {
        let hot = MapSpec(title: "Brännpunkter", description: "d"),
            emerging = MapSpec(title: "Framväxande brännpunkter", description: "d")
        #expect(hot.id != emerging.id)
        #expect(hot.id == MapSpec(title: "Brännpunkter", description: "annan").id)
    }

    @Test func crowdedPointsBecomeOneClusterWithTheirCount() {
        var spec = MapSpec(title: "t", description: "d")
        spec.areas = Self.luleå
        spec.categories = ["x"]
        spec.points = (0..<30).map {
            .init(position: GeoPoint(longitude: 22.155 + Double($0) * 1e-6, latitude: 65.584), category: 0)
        }
        let svg = MapRenderer.svg(spec)
        #expect(svg.contains(">30</text>"))
    }

    @Test func pointsOpenTheirReportAndClustersZoomInSoTheMapIsAGroupOfLinks() throws {
        var spec = MapSpec(title: "t", description: "d")
        spec.areas = Self.luleå
        spec.categories = ["x"]
        spec.points =
            [
                .init(
                    position: GeoPoint(longitude: 22.245, latitude: 65.586), category: 0,
                    link: .init(href: "/reports/1", label: "Klotter & skador, 3 nov"))
            ]
            + (0..<3).map {
                .init(position: GeoPoint(longitude: 22.155 + Double($0) * 1e-4, latitude: 65.584), category: 0)
            }
        spec.clusterLinks = .init(href: "/map?zoom={zoom}", label: "{count} rapporter här – zooma in")
        let svg = MapRenderer.svg(spec)
        #expect(svg.contains(#"role="group""#))
        #expect(svg.contains(#"<a href="/reports/1" aria-label="Klotter &amp; skador, 3 nov">"#))
        let cluster = try #require(svg.range(of: #"<a href="/map?zoom=box:"#))
        #expect(svg[cluster.upperBound...].hasPrefix("22.15"))
        #expect(svg.contains(#"aria-label="3 rapporter här – zooma in""#))
    }

    @Test func aZoomedMapShowsTheBoxAndNotTheWholeMunicipality() {
        var whole = MapSpec(title: "t", description: "d")
        whole.areas = Self.luleå
        var close = whole
        close.extent = GeoBox(west: 22.14, south: 65.58, east: 22.17, north: 65.59)!.corners
        func metresPerUnit(_ svg: String) -> Double {
            Double(svg.components(separatedBy: #"data-metres-per-unit=""#)[1].prefix { $0 != "\"" })!
        }
        #expect(metresPerUnit(MapRenderer.svg(close)) * 20 < metresPerUnit(MapRenderer.svg(whole)))
    }

    @Test func theScaleBarUsesRoundLengths() {
        #expect(MapFrame.niceLength(metres: 7_300) == 5_000)
        #expect(MapFrame.niceLength(metres: 2_100) == 2_000)
        #expect(MapFrame.niceLength(metres: 130) == 100)
    }

    @Test func theFrameTurnsAnSVGPositionBackIntoTheGridPosition() {
        let grid = [GridPoint(easting: 800_000, northing: 7_280_000), GridPoint(easting: 850_000, northing: 7_320_000)]
        let frame = MapFrame(covering: grid, width: 800, height: 600, margin: 24)
        let placed = frame.place(GridPoint(easting: 820_000, northing: 7_300_000))
        let back = frame.grid(x: placed.x, y: placed.y)
        #expect(abs(back.easting - 820_000) < 1e-6 && abs(back.northing - 7_300_000) < 1e-6)
    }
}

@Suite("Map backgrounds from a tile server")
struct TileLayerTests {
    @Test func tilesSwitchTheMapToWebMercatorAndCarryTheAttribution() {
        var spec = MapSpec(title: "t", description: "d")
        spec.areas = MapRendererTests.luleå
        spec.tiles = TileLayer(
            template: "https://tiles.example/{z}/{x}/{y}.png?a=1&b=2", attribution: "© Kartdata & bidragsgivare")
        let svg = MapRenderer.svg(spec)
        #expect(svg.contains(#"data-projection="EPSG:3857""#))
        #expect(svg.contains(#"<image href="https://tiles.example/"#))
        #expect(svg.contains("?a=1&amp;b=2"))
        #expect(svg.contains("© Kartdata &amp; bidragsgivare"))
        #expect(!svg.contains("{z}"))
    }

    @Test func withoutTilesTheMapIsInSWEREF99TMAndFetchesNothing() {
        var spec = MapSpec(title: "t", description: "d")
        spec.areas = MapRendererTests.luleå
        let svg = MapRenderer.svg(spec)
        #expect(svg.contains(#"data-projection="EPSG:3006""#))
        #expect(!svg.contains("<image"))
    }

    @Test func webMercatorMatchesTheClosedForm() {
        let point = MapProjection.webMercator.project(GeoPoint(longitude: 22.155, latitude: 65.584))
        // PROJ 9.5.1, EPSG:4326 → EPSG:3857 for 65.584°N 22.155°E.
        #expect(abs(point.easting - 2_466_283.319) < 0.001)
        #expect(abs(point.northing - 9_763_908.515) < 0.001)
    }
}
