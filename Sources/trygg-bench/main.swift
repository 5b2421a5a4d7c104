// Benchmarks that print figures; run them on a release build:
//   swift run -c release trygg-bench
// Timings are wall-clock medians of several runs on this machine; compare runs on the same machine only.
import Foundation
import TryggCore

func median(_ runs: Int = 7, _ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    return times.sorted()[runs / 2]
}

func report(_ name: String, _ milliseconds: Double, _ detail: String) {
    print(
        name.padding(toLength: 44, withPad: " ", startingAt: 0) + String(format: "%10.2f ms   ", milliseconds) + detail)
}

var generator = SystemRandomNumberGenerator()
let centres = LuleaAreas.all.map { ($0.code, GeoPoint(longitude: $0.longitude, latitude: $0.latitude)) }
let cells = ApproximateAreas.cells(for: centres)
let locator = AreaLocator(cells)
let bounds = cells.map(\.geometry.bounds).reduce(cells[0].geometry.bounds) { $0.union($1) }
let points = (0..<100_000).map { _ in
    GeoPoint(
        longitude: Double.random(in: bounds.minLongitude...bounds.maxLongitude, using: &generator),
        latitude: Double.random(in: bounds.minLatitude...bounds.maxLatitude, using: &generator))
}

var found = 0
let lookup = median {
    found = 0
    for point in points where locator.area(containing: point) != nil { found += 1 }
}
report("point-in-area, 100,000 lookups (12 areas)", lookup, "\(found) inside an area")

var sink = 0.0
let forward = median {
    for point in points { sink += SWEREF99TM.project(point).easting }
}
report("WGS 84 → SWEREF 99 TM, 100,000 points", forward, String(format: "%.0f per second", 100_000 / forward * 1000))

let grid = points.map(SWEREF99TM.project)
let inverse = median {
    for point in grid { sink += SWEREF99TM.unproject(point).latitude }
}
report("SWEREF 99 TM → WGS 84, 100,000 points", inverse, String(format: "%.0f per second", 100_000 / inverse * 1000))

var spec = MapSpec(title: "Luleå", description: "benchmark")
spec.areas = cells.map { AreaShape(code: $0.code, name: $0.code, geometry: $0.geometry) }
spec.categories = ["a", "b", "c", "d"]
spec.points = points.prefix(10_000).enumerated().map { MapSpec.Point(position: $0.element, category: $0.offset % 4) }
var size = 0
let render = median(5) { size = MapRenderer.svg(spec).utf8.count }
report("map SVG, 12 areas + 10,000 points", render, "\(size / 1024) KiB of SVG")

// Analysis (docs/analysis.md): Gi* for 100,000 points over the extent of the demo's Luleå at 250 m cells
// and a 500 m band, with the grid, the counts and the FDR control included.
// Uniform in SWEREF 99 TM over the areas' extent, so that the hot count also shows the FDR control at work
// (points uniform in degrees would not be uniform in metres).
let low = SWEREF99TM.project(GeoPoint(longitude: bounds.minLongitude, latitude: bounds.minLatitude))
let high = SWEREF99TM.project(GeoPoint(longitude: bounds.maxLongitude, latitude: bounds.maxLatitude))
let uniform = (0..<100_000).map { _ in
    GridPoint(
        easting: Double.random(in: low.easting...high.easting, using: &generator),
        northing: Double.random(in: low.northing...high.northing, using: &generator))
}
var hotCells = 0, regionCells = 0
let giBox = median {
    let result = try! HotSpots(points: uniform, grid: try! CellGrid.boundingBox(of: uniform, side: 250), band: 500)
    hotCells = result.hot.count
    regionCells = result.cells.count
}
report(
    "Gi*, 100,000 uniform points, bounding box", giBox,
    "\(regionCells) cells of 250 m, band 500 m, \(hotCells) hot after FDR")
// The target: 100,000 points over the extent of Luleå municipality (about 70 × 90 km).
let municipality = (0..<100_000).map { _ in
    GridPoint(
        easting: Double.random(in: 790_000..<860_000, using: &generator),
        northing: Double.random(in: 7_270_000..<7_360_000, using: &generator))
}
let giMunicipality = median {
    let result = try! HotSpots(
        points: municipality, grid: try! CellGrid.boundingBox(of: municipality, side: 250), band: 500)
    regionCells = result.cells.count
}
report("Gi*, 100,000 points over 70 × 90 km", giMunicipality, "\(regionCells) cells of 250 m, band 500 m")
let areaShapes = cells.map(\.geometry)
let giAreas = median {
    let region = try! CellGrid.studyRegion(areaShapes, points: grid, side: 250)
    regionCells = try! HotSpots(points: grid, grid: region, band: 500).cells.count
}
report("Gi*, 100,000 points, the areas as region", giAreas, "\(regionCells) cells, region mask included")
let box = try! CellGrid.boundingBox(of: grid, side: 250)
let kde = median(5) { sink += try! KernelDensity.quartic(grid, grid: box, bandwidth: 500).max() ?? 0 }
report("quartic KDE, 100,000 points, h = 500 m", kde, "\(box.count) cells of 250 m")
let start = Date(timeIntervalSince1970: 1_762_000_000)
let events = grid.enumerated().map {
    EmergingHotSpots.Event(point: $0.element, time: start.addingTimeInterval(Double($0.offset) * 311))
}
let slices = try! TimeSlices.slices(from: start, to: start.addingTimeInterval(311 * 100_000 + 1), unit: .month)
var categorised = 0
let emergingTime = median(3) {
    categorised = try! EmergingHotSpots(events, grid: box, band: 500, slices: slices).cells.count
}
report(
    "emerging hot spots, 100,000 events", emergingTime,
    "\(slices.count) monthly slices, \(categorised) cells categorised")
let spans = events.enumerated().map {
    HotTimes.Span(start: $0.element.time, end: $0.offset % 2 == 0 ? nil : $0.element.time.addingTimeInterval(8 * 3600))
}
let hotTimesTime = median { sink += HotTimes(spans).total }
report("hot times, 100,000 events (half spans of 8 h)", hotTimesTime, "")
let csvText =
    "lat,lon,time,indicator\n"
    + points.enumerated().map { "\($0.element.latitude),\($0.element.longitude),2026-10-03T22:15,vandalism" }.joined(
        separator: "\n")
let parse = median(3) { sink += Double(try! PointFile(csvText).rows.count) }
report("point file, 100,000 rows read", parse, "\(csvText.utf8.count / 1024) KiB")
if sink == 42 { print("") }
