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
    print(name.padding(toLength: 44, withPad: " ", startingAt: 0) + String(format: "%10.2f ms   ", milliseconds) + detail)
}

var generator = SystemRandomNumberGenerator()
let centres = LuleaAreas.all.map { ($0.code, GeoPoint(longitude: $0.longitude, latitude: $0.latitude)) }
let cells = ApproximateAreas.cells(for: centres)
let locator = AreaLocator(cells)
let bounds = cells.map(\.geometry.bounds).reduce(cells[0].geometry.bounds) { $0.union($1) }
let points = (0..<100_000).map { _ in
    GeoPoint(longitude: Double.random(in: bounds.minLongitude...bounds.maxLongitude, using: &generator),
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
if sink == 42 { print("") }
