import TryggCore

/// Builds map SVGs from the stored areas (and reports) with the words in the reader's language.
enum MapView {
    /// The reports drawn as points, and for whom they are links.
    struct Points {
        var reports: [Report]
        var names: CatalogueNames
        /// The reader: points whose report they may open link to it.
        var reader: User?
        /// Where a cluster leads, with `{zoom}` for the closer view; nil leaves clusters plain.
        var clusterHref: String?
    }

    static func svg(
        areas: [Area], title: String, texts: Texts, description: String? = nil, chosen: GeoPoint? = nil,
        zoom: MapZoom = .whole,
        tiles: TileLayer? = nil, points: Points? = nil
    ) -> String {
        var spec = MapSpec(title: title, description: description ?? texts["map_description"])
        spec.tiles = tiles
        if let points {
            let codes = categories(points.reports)
            spec.categories = codes.map { code in
                points.names.indicator(code)
            }
            spec.points = points.reports.compactMap { report in
                guard let latitude = report.latitude, let longitude = report.longitude else { return nil }
                let link = points.reader.flatMap { reader in
                    MapAccess.mayOpen(report, user: reader)
                        ? MapSpec.Link(
                            href: Route.report(.value(report.id)).path,
                            label: points.names.what(report) + ", " + ReportTime.when(report, texts))
                        : nil
                }
                return MapSpec.Point(
                    position: GeoPoint(longitude: longitude, latitude: latitude),
                    category: codes.firstIndex(of: report.indicatorCode) ?? 0, link: link)
            }
            spec.clusterLinks = points.clusterHref.map {
                MapSpec.ClusterLinks(href: $0, label: texts["map_cluster_zoom"])
            }
        }
        spec.areas = areas.compactMap { area in
            area.geometry.map { AreaShape(code: area.code, name: area.name, geometry: $0) }
        }
        spec.extent = extent(zoom, areas: areas, points: spec.points.map(\.position))
        spec.chosen = chosen
        spec.words = .init(
            legend: texts["map_legend"], cluster: texts["map_cluster"], north: texts["map_north"],
            chosenPoint: texts["picker_chosen"])
        return MapRenderer.svg(spec)
    }

    /// One colour and shape per indicator present, in code order so a legend reads the same every week.
    static func categories(_ reports: [Report]) -> [String] {
        Array(Set(reports.map(\.indicatorCode))).sorted()
    }

    /// The legend as HTML entries, for screens too narrow to read the one drawn in the map.
    static func legend(_ points: Points, texts: Texts) -> [MapPage.LegendEntry] {
        let codes = categories(points.reports)
        let drawn = Set(points.reports.filter { $0.latitude != nil && $0.longitude != nil }.map(\.indicatorCode))
        return codes.enumerated().filter { drawn.contains($0.element) }.map { index, code in
            MapPage.LegendEntry(
                symbol: MapSymbols.standalone(index),
                name: points.names.indicator(code))
        }
    }

    /// What the map must show for a zoom; nil shows everything. A zoom with nothing to show (an area
    /// without a boundary, no points) shows everything rather than an empty frame.
    static func extent(_ zoom: MapZoom, areas: [Area], points: [GeoPoint]) -> [GeoPoint]? {
        switch zoom {
        case .whole: nil
        case .data: GeoBox(covering: points)?.padded.corners
        case .area(let code): areas.first { $0.code == code }?.geometry.map { $0.polygons.flatMap(\.outer) }
        case .box(let box): box.corners
        }
    }
}
