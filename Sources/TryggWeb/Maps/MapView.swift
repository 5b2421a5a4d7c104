import TryggCore

/// Builds map SVGs from the stored areas with the words in the reader's language.
enum MapView {
    static func svg(
        areas: [Area], title: String, texts: Texts, chosen: GeoPoint? = nil, focus: Area? = nil, tiles: TileLayer? = nil,
        points: [MapSpec.Point] = [], categories: [String] = []
    ) -> String {
        var spec = MapSpec(title: title, description: texts["map_description"])
        spec.tiles = tiles
        spec.points = points
        spec.categories = categories
        let shown = focus.map { [$0] } ?? areas
        spec.areas = shown.compactMap { area in area.geometry.map { AreaShape(code: area.code, name: area.name, geometry: $0) } }
        spec.chosen = chosen
        spec.words = .init(legend: texts["map_legend"], cluster: texts["map_cluster"], north: texts["map_north"], chosenPoint: texts["picker_chosen"])
        return MapRenderer.svg(spec)
    }
}
