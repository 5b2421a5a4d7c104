import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The map of the municipality's areas, the place picker, and locating a point in an area.
struct MapController {
    let renderer: PageRenderer
    let tiles: TileLayer?

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, Route.map) { request, context, _ in try await mapPage(request, context) }
        router.on(.get, Route.pickPlace) { request, context, _ in try await pickPage(request, context) }
        router.on(.get, Route.places) { request, context, signedIn in
            return try await PlaceFinder(stores: signedIn.stores).find(request)
        }
        router.on(.get, Route.locate) { request, context, signedIn in
            return try await PlaceLocator(stores: signedIn.stores).locate(request)
        }
    }

    func mapPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let signedIn = try context.requireUser()
        let texts = renderer.texts(context)
        let areas = try await signedIn.stores.areas.all().filter(\.active)
        let filter = MapFilter(request.uri.queryParameters)
        let shown = try await filter.reports(signedIn)
        let names = try await signedIn.stores.catalogue.names(in: texts.language)
        let points = MapView.Points(
            reports: shown, names: names, reader: signedIn.user,
            clusterHref: filter.clusterHref)
        let hasBoundaries = areas.contains { $0.geometry != nil }
        let svg = MapView.svg(
            areas: areas,
            title: texts["map_title_areas"].replacingOccurrences(
                of: "{municipality}", with: signedIn.municipality.name),
            texts: texts, zoom: filter.zoom, tiles: tiles, points: points
        )
        var zoomedTo: String?
        switch filter.zoom {
        case .whole: zoomedTo = nil
        case .data: zoomedTo = texts["map_zoomed_data"]
        case .area(let code):
            zoomedTo = areas.first { $0.code == code }.map {
                texts["map_zoomed_area"].replacingOccurrences(of: "{area}", with: $0.name)
            }
        case .box: zoomedTo = texts["map_zoomed_box"]
        }
        let page = MapPage(
            action: Route.map.path, from: filter.fromText, to: filter.toText,
            indicators: names.indicatorList.map {
                .init(
                    value: $0.code, label: texts.name(sv: $0.nameSv, en: $0.nameEn),
                    selected: $0.code == filter.indicator)
            },
            shown: texts["map_shown"].replacingOccurrences(
                of: "{count}",
                with: texts.numbers.count(shown.count, one: texts["noun_report_one"], other: texts["noun_report_other"])
            ),
            scopeNote: texts[
                MapAccess.scope(for: signedIn.user) == .published ? "map_scope_published" : "map_scope_approved"],
            approximate: areas.contains(where: \.approximate), svg: hasBoundaries ? svg : nil,
            zoomLinks: [
                .init(label: texts["map_zoom_whole"], href: filter.href(zoom: .whole), current: filter.zoom == .whole),
                .init(label: texts["map_zoom_data"], href: filter.href(zoom: .data), current: filter.zoom == .data),
            ],
            zoomedTo: zoomedTo, legend: MapView.legend(points, texts: texts),
            rows: areas.map { area in
                MapPage.AreaRow(
                    name: area.name, code: area.code,
                    boundary: texts[
                        area.geometry == nil
                            ? "map_no_boundary"
                            : (area.approximate ? "map_boundary_approximate" : "map_boundary_imported")],
                    zoomHref: area.geometry == nil ? nil : filter.href(zoom: .area(area.code)),
                    current: filter.zoom == .area(area.code))
            },
            pickHref: Route.pickPlace.path
        )
        return renderer.page("map", title: texts["map_title"], page: page, request: request, context: context)
    }

    func pickPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let signedIn = try context.requireUser()
        let texts = renderer.texts(context)
        let picker = try await PlacePicker(texts: texts, tiles: tiles)
            .model(
                stores: signedIn.stores, choice: PlacePicker.choice(request.uri.queryParameters),
                standalone: true)
        return renderer.page(
            "pick-place", title: texts["picker_title"],
            page: PickPlacePage(picker: picker, action: Route.pickPlace.path),
            request: request, context: context)
    }
}
