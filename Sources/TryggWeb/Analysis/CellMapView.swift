import TryggCore

/// The grid analyses' content: a map of coloured cells over the areas, and a table of the cells that matter.
enum CellMapView {
    struct Map {
        var areas: [Area]
        var tiles: TileLayer?
        var texts: Texts
        /// For those who may propose a problem: the link that turns a finding into one.
        var proposal: ProblemProposal?

        func svg(
            title: String, description: String, cells: [MapSpec.DensityCell], legend: [(String, String)],
            closeUpOn: [MapSpec.DensityCell]? = nil
        ) -> String {
            var spec = MapSpec(title: title, description: description)
            spec.tiles = tiles
            spec.areas = areas.compactMap { area in
                area.geometry.map { AreaShape(code: area.code, name: area.name, geometry: $0) }
            }
            spec.density = cells
            // Close in on the coloured cells, with a margin of 1.5 km, so that 250 m cells are visible.
            let focus = closeUpOn ?? cells
            if !focus.isEmpty {
                let margin = 1_500.0
                spec.extent = focus.flatMap { cell in
                    [
                        GridPoint(easting: cell.centre.easting - margin, northing: cell.centre.northing - margin),
                        GridPoint(easting: cell.centre.easting + margin, northing: cell.centre.northing + margin),
                    ]
                }.map(SWEREF99TM.unproject)
            }
            spec.cellLegend = legend.map { (label: $0.0, colour: $0.1) }
            spec.words = .init(
                legend: texts["map_legend"], cluster: texts["map_cluster"], north: texts["map_north"],
                chosenPoint: texts["picker_chosen"])
            return MapRenderer.svg(spec)
        }

        /// The area a cell's centre lies in, by name.
        func areaName(_ easting: Double, _ northing: Double, _ locator: AreaLocator) -> String {
            let code = areaCode(easting, northing, locator)
            return areas.first { $0.code == code }?.name ?? "–"
        }

        func areaCode(_ easting: Double, _ northing: Double, _ locator: AreaLocator) -> String? {
            locator.area(containing: SWEREF99TM.unproject(GridPoint(easting: easting, northing: northing)))
        }

        /// "Propose a problem" for a finding at a cell, with its area filled in.
        func raiseHref(_ easting: Double, _ northing: Double, _ locator: AreaLocator) -> String? {
            proposal?.href(area: areaCode(easting, northing, locator))
        }

        var locator: AreaLocator { AreaLocator(areas.compactMap { area in area.geometry.map { (area.code, $0) } }) }
    }

    struct HotSpotRow: Sendable {
        var level: String
        var hot: Bool
        var area: String
        var position: String
        var sweref: String
        var count: Int
        var z: String
        var p: String
    }

    struct Place: Sendable {
        var area: String
        var position: String
        var count: Int
        var nearby: Int
        var z: String
        var raiseHref: String?
    }

    struct HotSpotsContent: Sendable {
        var places: [Place]
        var svg: String
        var cells: [HotSpotRow]
        var regionCells: Int
        var hot: Int
        var cold: Int
        var located: Int
        var unlocated: Int
    }

    static func hotSpots(
        _ result: HotSpots, map: Map, format: AnalysisFormat, located: Int, unlocated: Int
    ) -> HotSpotsContent {
        let texts = map.texts
        let significant = result.cells.filter { $0.level != .none }
        let present = HotSpotLevel.allCases.filter { level in
            level != .none && significant.contains { $0.level == level }
        }
        // Darker for a stronger z within the class, so the cores of large hot areas stand out.
        let strongest = max(1, significant.map { abs($0.z) }.max() ?? 1)
        let cells = significant.map { cell in
            MapSpec.DensityCell(
                centre: GridPoint(easting: cell.easting, northing: cell.northing), side: result.grid.side,
                intensity: 0.3 + 0.7 * abs(cell.z) / strongest, fill: cell.level.colour)
        }
        let locator = map.locator
        let hot = result.hot, cold = result.cold
        let rows = (hot + cold).prefix(200).map { cell in
            HotSpotRow(
                level: texts["level_\(cell.level.rawValue)"], hot: cell.level.isHot,
                area: map.areaName(cell.easting, cell.northing, locator),
                position: format.position(cell.easting, cell.northing),
                sweref: "\(CSV.number(cell.northing)) / \(CSV.number(cell.easting))",
                count: cell.count, z: format.decimal(cell.z, 2), p: format.probability(cell.p))
        }
        let places = result.places().prefix(50).map { place in
            Place(
                area: map.areaName(place.peak.easting, place.peak.northing, locator),
                position: format.position(place.peak.easting, place.peak.northing),
                count: place.peak.count, nearby: place.reportsNearby, z: format.decimal(place.peak.z, 2),
                raiseHref: map.raiseHref(place.peak.easting, place.peak.northing, locator))
        }
        return HotSpotsContent(
            places: Array(places),
            svg: map.svg(
                title: texts["analysis_hotspots_map_title"], description: texts["analysis_hotspots_map_description"],
                cells: cells,
                legend: present.map { (texts["level_\($0.rawValue)"], $0.colour!) }),
            cells: Array(rows), regionCells: result.cells.count, hot: hot.count, cold: cold.count, located: located,
            unlocated: unlocated
        )
    }

    struct DensityRow: Sendable {
        var area: String
        var position: String
        var density: String
    }

    struct DensityContent: Sendable {
        var svg: String
        var cells: [DensityRow]
        var located: Int
        var unlocated: Int
    }

    static func density(
        _ grid: CellGrid, _ density: [Double], map: Map, format: AnalysisFormat, located: Int, unlocated: Int
    ) -> DensityContent {
        let texts = map.texts
        let largest = density.max() ?? 0
        var cells: [MapSpec.DensityCell] = []
        var ranked: [(index: Int, value: Double)] = []
        for index in 0..<grid.count where grid.inRegion[index] && density[index] > 0 {
            ranked.append((index, density[index]))
            // Faint cells would only grey the map; a fiftieth of the peak is the edge drawn. The square root
            // keeps the shape of lower densities visible beside a sharp peak.
            if density[index] >= largest / 50 {
                cells.append(
                    .init(
                        centre: grid.centre(of: grid.cell(at: index)), side: grid.side,
                        intensity: 0.2 + 0.8 * (density[index] / largest).squareRoot()))
            }
        }
        let locator = map.locator
        let rows = ranked.sorted { $0.value > $1.value }.prefix(15).map { entry in
            let centre = grid.centre(of: grid.cell(at: entry.index))
            return DensityRow(
                area: map.areaName(centre.easting, centre.northing, locator),
                position: format.position(centre.easting, centre.northing),
                density: format.decimal(entry.value, 1))
        }
        return DensityContent(
            svg: map.svg(
                title: texts["analysis_density_map_title"], description: texts["analysis_density_map_description"],
                cells: cells,
                legend: largest > 0
                    ? [
                        (
                            texts["analysis_density_legend"].replacingOccurrences(
                                of: "{max}", with: format.decimal(largest, 0)), "#D55E00"
                        )
                    ] : [],
                closeUpOn: cells.filter { $0.intensity >= 0.2 + 0.8 * 0.1.squareRoot() }),
            cells: Array(rows), located: located, unlocated: unlocated
        )
    }

    static let categoryColours: [EmergingHotSpots.Category: String] = [
        .intensifying: "#b2182b", .persistent: "#D55E00", .new: "#E69F00", .sporadic: "#F0E442",
        .diminishing: "#56B4E9",
    ]

    struct CategoryCount: Sendable {
        var category: String
        var explanation: String
        var count: Int
        var more: Bool
    }

    struct EmergingRow: Sendable {
        var category: String
        var area: String
        var position: String
        var hotSlices: String
        var counts: String
        var trendZ: String
        var trendP: String
        var raiseHref: String?
    }

    struct EmergingContent: Sendable {
        var svg: String
        var summary: [CategoryCount]
        var cells: [EmergingRow]
        var slices: String
    }

    static func emerging(_ result: EmergingHotSpots, side: Double, map: Map, format: AnalysisFormat) -> EmergingContent
    {
        let texts = map.texts
        let order: [EmergingHotSpots.Category] = [.new, .intensifying, .persistent, .diminishing, .sporadic]
        let cells = result.cells.map {
            MapSpec.DensityCell(
                centre: GridPoint(easting: $0.easting, northing: $0.northing), side: side, intensity: 1,
                fill: categoryColours[$0.category])
        }
        let present = order.filter { category in result.cells.contains { $0.category == category } }
        let locator = map.locator
        let sorted = result.cells.sorted {
            (order.firstIndex(of: $0.category)!, -$0.counts.reduce(0, +)) < (
                order.firstIndex(of: $1.category)!, -$1.counts.reduce(0, +)
            )
        }
        return EmergingContent(
            svg: map.svg(
                title: texts["analysis_emerging_map_title"], description: texts["analysis_emerging_map_description"],
                cells: cells,
                legend: present.map { (texts["category_\($0.rawValue)"], categoryColours[$0]!) }),
            summary: order.map {
                CategoryCount(
                    category: texts["category_\($0.rawValue)"],
                    explanation: texts["category_\($0.rawValue)_explanation"],
                    count: result.cells($0).count, more: $0 != order.last)
            },
            cells: sorted.prefix(200).map { cell in
                EmergingRow(
                    category: texts["category_\(cell.category.rawValue)"],
                    area: map.areaName(cell.easting, cell.northing, locator),
                    position: format.position(cell.easting, cell.northing),
                    hotSlices: "\(cell.hot.filter { $0 }.count)/\(cell.hot.count)",
                    counts: cell.counts.map(String.init).joined(separator: " · "),
                    trendZ: format.decimal(cell.trend.z, 2),
                    trendP: cell.trendAdjustedP.map(format.probability) ?? "–",
                    raiseHref: cell.category == .new || cell.category == .intensifying
                        ? map.raiseHref(cell.easting, cell.northing, locator) : nil)
            },
            slices: result.slices.map(\.label).joined(separator: ", ")
        )
    }
}
