/// Draws a map as a self-contained SVG: areas with labels, points or clusters, an optional density layer,
/// scale bar, north arrow, legend and title. Accessible (`role="img"`, `<title>`, `<desc>`) and printable.
public enum MapRenderer {
    static let margin = 24.0

    public static func svg(_ spec: MapSpec) -> String {
        let projection = spec.projection
        let grid =
            spec.extent?.map(projection.project)
            ?? (spec.areas.flatMap { $0.geometry.polygons.flatMap(\.outer) }.map(projection.project)
                + spec.points.map { projection.project($0.position) })
        var spec = spec
        if spec.fitHeight { spec.height = fittedHeight(grid, width: spec.width) }
        let frame = MapFrame(
            covering: grid, width: spec.width, height: spec.height, margin: margin, projection: projection)
        let origin = frame.grid(x: 0, y: 0)
        // A map with links is a group of them, not one image: an image's children are hidden from screen readers.
        let linked = spec.clusterLinks != nil || spec.points.contains { $0.link != nil }
        var svg =
            ##"<svg xmlns="http://www.w3.org/2000/svg" class="map" font-family="system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, sans-serif" viewBox="0 0 \##(SVG.n(spec.width)) \##(SVG.n(spec.height))" role="\##(linked ? "group" : "img")" aria-labelledby="\##(spec.id)-title \##(spec.id)-desc""##
            + ##" data-origin-easting="\##(origin.easting)" data-origin-northing="\##(origin.northing)" data-metres-per-unit="\##(1 / frame.scale)" data-projection="\##(projection.rawValue)">"##
        svg +=
            ##"<title id="\##(spec.id)-title">\##(SVG.escape(spec.title))</title><desc id="\##(spec.id)-desc">\##(SVG.escape(spec.description))</desc>"##
        svg += ##"<rect width="100%" height="100%" fill="#f7f9fb"/>"##
        if let tiles = spec.tiles { svg += tiles.images(frame, width: spec.width, height: spec.height) }
        // Areas, then the density cells over their fill, then the names over both.
        svg += areas(spec.areas, frame, translucent: spec.tiles != nil)
        svg += density(spec.density, frame)
        svg += labels(spec.areas, frame)
        svg += points(spec.points, frame, distance: spec.clusterDistance, links: spec.clusterLinks)
        if let chosen = spec.chosen { svg += cross(frame.place(chosen), label: spec.words.chosenPoint) }
        svg += scaleBar(frame, width: spec.width, height: spec.height)
        svg += northArrow(x: spec.width - 30, y: 34, letter: spec.words.north)
        svg += cellLegend(spec)
        svg += legend(
            spec, hasClusters: clusters(spec.points, frame, distance: spec.clusterDistance).contains { $0.members > 1 })
        if let tiles = spec.tiles {
            svg +=
                ##"<text x="\##(SVG.n(spec.width / 2))" y="\##(SVG.n(spec.height - 6))" font-size="9" text-anchor="middle" fill="#1b1f24">\##(SVG.escape(tiles.attribution))</text>"##
        }
        svg +=
            ##"<text x="12" y="20" class="map-title" font-size="15" font-weight="700" fill="#1b1f24" paint-order="stroke" stroke="#f7f9fb" stroke-width="4">\##(SVG.escape(spec.title))</text>"##
        return svg + "</svg>"
    }

    /// A height that follows the content's shape, so a tall municipality is not drawn as a thin strip;
    /// kept between 0.6 and 1.4 times the width so legend and title always fit.
    static func fittedHeight(_ grid: [GridPoint], width: Double) -> Double {
        guard let minE = grid.map(\.easting).min(), let maxE = grid.map(\.easting).max(),
            let minN = grid.map(\.northing).min(), let maxN = grid.map(\.northing).max(), maxE > minE
        else { return width * 0.75 }
        let ratio = (maxN - minN) / (maxE - minE)
        return (width * min(max(ratio, 0.6), 1.4)).rounded()
    }

    static func areas(_ areas: [AreaShape], _ frame: MapFrame, translucent: Bool) -> String {
        var out =
            ##"<g class="areas" fill="#e4ebf2" fill-opacity="\##(translucent ? "0.35" : "1")" stroke="#4a5360" stroke-width="1.2" fill-rule="evenodd">"##
        for area in areas {
            let path = area.geometry.polygons.flatMap(\.rings).map { ring in
                ring.enumerated().map { index, point in
                    let p = frame.place(point)
                    return (index == 0 ? "M" : "L") + SVG.n(p.x) + " " + SVG.n(p.y)
                }.joined() + "Z"
            }.joined()
            out +=
                ##"<path d="\##(path)" data-area="\##(SVG.escape(area.code))"><title>\##(SVG.escape(area.name))</title></path>"##
        }
        return out + "</g>"
    }

    static func labels(_ areas: [AreaShape], _ frame: MapFrame) -> String {
        var out =
            ##"<g class="area-labels" font-size="11" fill="#1b1f24" text-anchor="middle" paint-order="stroke" stroke="#f7f9fb" stroke-width="3">"##
        for area in areas {
            guard let label = area.geometry.labelPoint else { continue }
            let p = frame.place(label)
            out += ##"<text x="\##(SVG.n(p.x))" y="\##(SVG.n(p.y))">\##(SVG.escape(area.name))</text>"##
        }
        return out + "</g>"
    }

    struct Cluster {
        var x: Double
        var y: Double
        var members: Int
        var category: Int
        /// Where the members lie, for a link to a closer view.
        var box: [GeoPoint]
        /// The link of a lone point.
        var link: MapSpec.Link?
    }

    /// Groups points by grid cells of `distance` SVG units: deterministic and linear in the number of points.
    static func clusters(_ points: [MapSpec.Point], _ frame: MapFrame, distance: Double) -> [Cluster] {
        var cells: [Int64: Cluster] = [:]
        var order: [Int64] = []
        for point in points {
            let p = frame.place(point.position)
            let key = Int64((p.x / distance).rounded(.down)) * 1_000_003 + Int64((p.y / distance).rounded(.down))
            if var cluster = cells[key] {
                cluster.x += p.x
                cluster.y += p.y
                cluster.members += 1
                let (low, high) = (cluster.box[0], cluster.box[1])
                cluster.box = [
                    GeoPoint(
                        longitude: min(low.longitude, point.position.longitude),
                        latitude: min(low.latitude, point.position.latitude)),
                    GeoPoint(
                        longitude: max(high.longitude, point.position.longitude),
                        latitude: max(high.latitude, point.position.latitude)),
                ]
                cells[key] = cluster
            } else {
                cells[key] = Cluster(
                    x: p.x, y: p.y, members: 1, category: point.category, box: [point.position, point.position],
                    link: point.link)
                order.append(key)
            }
        }
        return order.map { key in
            var c = cells[key]!
            c.x /= Double(c.members)
            c.y /= Double(c.members)
            return c
        }
    }

    static func points(
        _ points: [MapSpec.Point], _ frame: MapFrame, distance: Double, links: MapSpec.ClusterLinks?
    ) -> String {
        var out = ##"<g class="points">"##
        for cluster in clusters(points, frame, distance: distance) {
            if cluster.members == 1 {
                let shape = MapSymbols.shape(cluster.category, x: cluster.x, y: cluster.y, size: 9)
                out += cluster.link.map { anchor($0, shape) } ?? shape
            } else {
                let radius = min(8 + Double(cluster.members).squareRoot() * 1.5, 22)
                let shape =
                    ##"<circle cx="\##(SVG.n(cluster.x))" cy="\##(SVG.n(cluster.y))" r="\##(SVG.n(radius))" fill="#1b1f24" fill-opacity="0.8" stroke="#ffffff"/>"##
                    + ##"<text x="\##(SVG.n(cluster.x))" y="\##(SVG.n(cluster.y + 4))" font-size="11" fill="#ffffff" text-anchor="middle">\##(cluster.members)</text>"##
                // Members all on one spot have no closer view to show.
                let zoom = GeoBox(covering: cluster.box).flatMap { box in
                    box.east - box.west + box.north - box.south > 1e-5 ? MapZoom.box(box.padded) : nil
                }
                if let links, let parameter = zoom?.parameter {
                    let link = MapSpec.Link(
                        href: links.href.replacingOccurrences(of: "{zoom}", with: parameter),
                        label: links.label.replacingOccurrences(of: "{count}", with: String(cluster.members)))
                    out += anchor(link, ##"<g class="cluster">"## + shape + "</g>")
                } else {
                    out += ##"<g class="cluster">"## + shape + "</g>"
                }
            }
        }
        return out + "</g>"
    }

    /// A link around a symbol, named for screen readers and shown as a tooltip on hover.
    static func anchor(_ link: MapSpec.Link, _ content: String) -> String {
        ##"<a href="\##(SVG.escape(link.href))" aria-label="\##(SVG.escape(link.label))"><title>\##(SVG.escape(link.label))</title>\##(content)</a>"##
    }

    static func density(_ cells: [MapSpec.DensityCell], _ frame: MapFrame) -> String {
        guard !cells.isEmpty else { return "" }
        var out = ##"<g class="density" fill="#D55E00">"##
        for cell in cells where cell.intensity > 0 {
            let p =
                frame.projection == .sweref99TM
                ? frame.place(cell.centre) : frame.place(SWEREF99TM.unproject(cell.centre))
            let side = cell.side * frame.scale
            let fill = cell.fill.map { ##" fill="\##($0)""## } ?? ""
            // A hair wider than the cell so neighbours meet without seams.
            out +=
                ##"<rect x="\##(SVG.n(p.x - side / 2))" y="\##(SVG.n(p.y - side / 2))" width="\##(SVG.n(side + 0.3))" height="\##(SVG.n(side + 0.3))"\##(fill) fill-opacity="\##(SVG.n2(min(cell.intensity, 1) * (cell.fill == nil ? 0.75 : 0.85)))"/>"##
        }
        return out + "</g>"
    }

    static func cross(_ p: (x: Double, y: Double), label: String) -> String {
        ##"<g class="chosen" stroke="#b00020" stroke-width="3"><title>\##(SVG.escape(label))</title><path d="M\##(SVG.n(p.x - 9)) \##(SVG.n(p.y))H\##(SVG.n(p.x + 9))M\##(SVG.n(p.x)) \##(SVG.n(p.y - 9))V\##(SVG.n(p.y + 9))"/><circle cx="\##(SVG.n(p.x))" cy="\##(SVG.n(p.y))" r="6" fill="none"/></g>"##
    }

    static func scaleBar(_ frame: MapFrame, width: Double, height: Double) -> String {
        let metres = MapFrame.niceLength(metres: width / 5 / frame.scale)
        let length = metres * frame.scale, x = 16.0, y = height - 16
        let label = metres >= 1000 ? "\(SVG.n(metres / 1000)) km" : "\(Int(metres)) m"
        return
            ##"<g class="scale-bar"><rect x="\##(SVG.n(x))" y="\##(SVG.n(y - 6))" width="\##(SVG.n(length))" height="6" fill="#1b1f24"/><rect x="\##(SVG.n(x + length / 2))" y="\##(SVG.n(y - 6))" width="\##(SVG.n(length / 2))" height="6" fill="#ffffff" stroke="#1b1f24"/><text x="\##(SVG.n(x + length + 6))" y="\##(SVG.n(y))" font-size="11" fill="#1b1f24">\##(label)</text></g>"##
    }

    static func northArrow(x: Double, y: Double, letter: String) -> String {
        ##"<g class="north-arrow"><path d="M\##(SVG.n(x)) \##(SVG.n(y - 16))L\##(SVG.n(x + 7)) \##(SVG.n(y + 6))L\##(SVG.n(x)) \##(SVG.n(y + 1))L\##(SVG.n(x - 7)) \##(SVG.n(y + 6))Z" fill="#1b1f24"/><text x="\##(SVG.n(x))" y="\##(SVG.n(y + 20))" font-size="12" font-weight="700" text-anchor="middle" fill="#1b1f24">\##(SVG.escape(letter))</text></g>"##
    }

    static func cellLegend(_ spec: MapSpec) -> String {
        guard !spec.cellLegend.isEmpty else { return "" }
        let rows = Double(spec.cellLegend.count)
        let width = min(max(150, 34 + Double(spec.cellLegend.map(\.label.count).max() ?? 0) * 6.2), spec.width / 2 - 20)
        let x = 20.0, y = spec.height - 64 - rows * 18
        var out =
            ##"<g class="cell-legend" font-size="11" fill="#1b1f24"><rect x="\##(SVG.n(x - 8))" y="\##(SVG.n(y - 8))" width="\##(SVG.n(width))" height="\##(SVG.n(rows * 18 + 12))" fill="#ffffff" fill-opacity="0.9" stroke="#c9d0d8"/>"##
        for (row, entry) in spec.cellLegend.enumerated() {
            let rowY = y + Double(row) * 18
            out +=
                ##"<rect x="\##(SVG.n(x))" y="\##(SVG.n(rowY))" width="12" height="12" fill="\##(entry.colour)" stroke="#8a949e" stroke-width="0.5"/><text x="\##(SVG.n(x + 18))" y="\##(SVG.n(rowY + 10))">\##(SVG.escape(entry.label))</text>"##
        }
        return out + "</g>"
    }

    static func legend(_ spec: MapSpec, hasClusters: Bool) -> String {
        let used = Set(spec.points.map(\.category)).sorted()
        guard !used.isEmpty else { return "" }
        let rows = used.count + (hasClusters ? 1 : 0)
        // Wide enough for the longest label at about 6.2 units a character in 11-unit type.
        let labels =
            used.map { $0 < spec.categories.count ? spec.categories[$0] : "?" }
            + (hasClusters ? [spec.words.cluster] : [])
        let width = min(max(210, 30 + Double(labels.map(\.count).max() ?? 0) * 6.2), spec.width - 40)
        let x = spec.width - width, y = spec.height - 30 - Double(rows) * 18
        var out =
            ##"<g class="legend" font-size="11" fill="#1b1f24"><rect x="\##(SVG.n(x - 8))" y="\##(SVG.n(y - 20))" width="\##(SVG.n(width))" height="\##(SVG.n(Double(rows) * 18 + 28))" fill="#ffffff" fill-opacity="0.9" stroke="#c9d0d8"/><text x="\##(SVG.n(x))" y="\##(SVG.n(y - 6))" font-weight="700">\##(SVG.escape(spec.words.legend))</text>"##
        for (row, category) in used.enumerated() {
            let rowY = y + Double(row) * 18 + 6
            let name = category < spec.categories.count ? spec.categories[category] : "?"
            out += MapSymbols.shape(category, x: x + 6, y: rowY, size: 9)
            out += ##"<text x="\##(SVG.n(x + 18))" y="\##(SVG.n(rowY + 4))">\##(SVG.escape(name))</text>"##
        }
        if hasClusters {
            let rowY = y + Double(used.count) * 18 + 6
            out +=
                ##"<circle cx="\##(SVG.n(x + 6))" cy="\##(SVG.n(rowY))" r="6" fill="#1b1f24" fill-opacity="0.8"/><text x="\##(SVG.n(x + 18))" y="\##(SVG.n(rowY + 4))">\##(SVG.escape(spec.words.cluster))</text>"##
        }
        return out + "</g>"
    }
}
