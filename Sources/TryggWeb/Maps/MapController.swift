import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The map of the municipality's areas, the place picker, and locating a point in an area.
struct MapController {
    let database: TryggDatabase
    let renderer: PageRenderer
    let tiles: TileLayer?

    func register(on router: RouterGroup<AppRequestContext>) {
        router.get(RouterPath(SitePath.map)) { request, context in try await mapPage(request, context) }
        router.get(RouterPath(SitePath.pickPlace)) { request, context in try await pickPage(request, context) }
        router.get(RouterPath(SitePath.locate)) { request, context in
            let signedIn = try context.requireUser()
            return try await PlaceLocator(database: database).locate(request, municipality: signedIn.municipality)
        }
    }

    func mapPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let signedIn = try context.requireUser()
        let texts = renderer.texts(context)
        let areas = try await AreaStore(database, municipalityID: signedIn.municipality.id).all().filter(\.active)
        let filter = MapFilter(request.uri.queryParameters)
        let shown = try await filter.reports(database, signedIn)
        let names = try await CatalogueNames.load(database, signedIn.municipality, texts)
        let svg = MapView.svg(
            areas: areas, title: texts["map_title_areas"].replacingOccurrences(of: "{municipality}", with: signedIn.municipality.name),
            texts: texts, tiles: tiles, reports: shown, names: names
        )
        return renderer.page(
            "map", title: texts["map_title"],
            content: [
                "from": filter.fromText, "to": filter.toText, "count": shown.count,
                "indicators": names.indicatorList.map { ["code": $0.code, "name": texts.name(sv: $0.nameSv, en: $0.nameEn), "selected": $0.code == filter.indicator] },
                "scopeNote": texts[ReportScope.of(signedIn.user).statuses == [.published] || ReportScope.of(signedIn.user) == .own(signedIn.user.id) ? "map_scope_published" : "map_scope_approved"],
                "svg": svg, "approximate": areas.contains(where: \.approximate),
                "rows": areas.map { ["name": $0.name, "code": $0.code, "boundary": texts[$0.geometry == nil ? "map_no_boundary" : ($0.approximate ? "map_boundary_approximate" : "map_boundary_imported")]] },
                "hasBoundaries": areas.contains { $0.geometry != nil },
            ],
            request: request, context: context
        )
    }

    func pickPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let signedIn = try context.requireUser()
        let texts = renderer.texts(context)
        let picker = try await PlacePicker(database: database, texts: texts, tiles: tiles)
            .model(municipality: signedIn.municipality, query: request.uri.queryParameters)
        return renderer.page("pick-place", title: texts["picker_title"], content: ["picker": picker], request: request, context: context)
    }
}
