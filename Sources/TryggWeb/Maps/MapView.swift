import TryggCore

/// Builds map SVGs from the stored areas (and reports) with the words in the reader's language.
enum MapView {
    static func svg(
        areas: [Area], title: String, texts: Texts, description: String? = nil, chosen: GeoPoint? = nil, focus: Area? = nil,
        tiles: TileLayer? = nil, reports: [Report] = [], names: CatalogueNames? = nil
    ) -> String {
        var spec = MapSpec(title: title, description: description ?? texts["map_description"])
        spec.tiles = tiles
        // One colour and shape per indicator present, in code order so a legend reads the same every week.
        let codes = Array(Set(reports.map(\.indicatorCode))).sorted()
        spec.categories = codes.map { code in names?.indicators[code].map { texts.name(sv: $0.nameSv, en: $0.nameEn) } ?? code }
        spec.points = reports.compactMap { report in
            guard let latitude = report.latitude, let longitude = report.longitude else { return nil }
            return MapSpec.Point(position: GeoPoint(longitude: longitude, latitude: latitude), category: codes.firstIndex(of: report.indicatorCode) ?? 0)
        }
        let shown = focus.map { [$0] } ?? areas
        spec.areas = shown.compactMap { area in area.geometry.map { AreaShape(code: area.code, name: area.name, geometry: $0) } }
        spec.chosen = chosen
        spec.words = .init(legend: texts["map_legend"], cluster: texts["map_cluster"], north: texts["map_north"], chosenPoint: texts["picker_chosen"])
        return MapRenderer.svg(spec)
    }
}
