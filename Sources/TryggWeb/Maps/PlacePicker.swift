import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The reusable form part for choosing where something happened: a click on the map, the device's
/// position, a place found by name, or an area and a place description (which alone works without JavaScript).
struct PlacePicker {
    let texts: Texts
    let tiles: TileLayer?

    /// What the user has chosen so far.
    struct Choice {
        var area = ""
        var latitude: Double?
        var longitude: Double?
        var place = ""
        var zoom = MapZoom.whole
        /// A name searched for on the picker's own page.
        var search = ""
    }

    /// The view model of the `place-picker` partial.
    struct Model: Sendable {
        struct Result: Sendable {
            var name: String
            var note: String?
            var href: String
            var useLabel: String
        }

        var svg: String
        var areas: [FormField.Option]
        var latitude: String
        var longitude: String
        var place: String
        var summary: String?
        var approximate: Bool
        /// On the picker's own page (a GET form), searching and zooming are links and buttons; inside a form
        /// that saves, they need the script.
        var standalone: Bool
        var search: String
        var searchError: String?
        var results: [Result]
        var noResults: Bool
        var zoomWholeHref: String?
        var reportHereHref: String?
        var placesURL: String
        var locateURL: String
    }

    /// The choice kept in the picker page's query.
    static func choice(_ query: Parameters) -> Choice {
        let zoom =
            query["zoom"] == "1"
            ? query["area"].map { MapZoom.area(String($0)) } ?? .whole
            : MapZoom(parameter: query["zoom"].map(String.init))
        return Choice(
            area: query["area"].map(String.init) ?? "", latitude: query["latitude"].flatMap { Double(String($0)) },
            longitude: query["longitude"].flatMap { Double(String($0)) }, place: query["place"].map(String.init) ?? "",
            zoom: zoom, search: query["q"].map(String.init) ?? "")
    }

    func model(stores: MunicipalityStores, choice: Choice, standalone: Bool) async throws -> Model {
        let areas = try await stores.catalogue.load().areas.filter(\.active)
        var chosen: GeoPoint?
        var located: String?
        if let latitude = choice.latitude, let longitude = choice.longitude {
            let point = GeoPoint(longitude: longitude, latitude: latitude)
            if point.isInRange {
                chosen = point
                located = AreaStore.locator(areas).area(containing: point)
            }
        }
        let areaCode = located ?? choice.area
        let areaName = areas.first { $0.code == areaCode }?.name
        var results: [Model.Result] = []
        var searchError: String?
        if standalone, !choice.search.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                results = try await PlaceFinder(stores: stores).matches(choice.search)
                    .map { match in
                        let point = GeoPoint(longitude: match.longitude, latitude: match.latitude)
                        return Model.Result(
                            name: match.name, note: match.approximate ? texts["picker_place_approximate"] : nil,
                            href: pickHref(
                                area: match.area ?? "", point: point, place: match.name,
                                zoom: match.area.map(MapZoom.area) ?? Self.around(point)),
                            useLabel: texts["picker_use"].replacingOccurrences(of: "{place}", with: match.name))
                    }
            } catch AppError.invalid(let errors) {
                searchError = errors.first.map { texts.problem($0.problem) }
            }
        }
        let summary =
            chosen.map { point in
                texts["picker_summary"]
                    .replacingOccurrences(
                        of: "{position}", with: String(format: "%.5f, %.5f", point.latitude, point.longitude)
                    )
                    .replacingOccurrences(of: "{area}", with: areaName ?? texts["picker_outside"])
            } ?? areaName.map { texts["picker_summary_area"].replacingOccurrences(of: "{area}", with: $0) }
        return Model(
            svg: MapView.svg(
                areas: areas, title: texts["picker_map_title"], texts: texts, chosen: chosen, zoom: choice.zoom,
                tiles: tiles),
            areas: areas.map { .init(value: $0.code, label: $0.name, selected: $0.code == areaCode) },
            latitude: choice.latitude.map { String(format: "%.6f", $0) } ?? "",
            longitude: choice.longitude.map { String(format: "%.6f", $0) } ?? "",
            place: choice.place, summary: summary, approximate: areas.contains(where: \.approximate),
            standalone: standalone,
            search: choice.search, searchError: searchError, results: results,
            noResults: standalone && searchError == nil && !choice.search.isEmpty && results.isEmpty,
            zoomWholeHref: standalone && choice.zoom != .whole
                ? pickHref(area: areaCode, point: chosen, place: choice.place, zoom: .whole) : nil,
            reportHereHref: standalone && (chosen != nil || !areaCode.isEmpty)
                ? Route.newReport.with(query: [
                    ("area", areaCode), ("latitude", choice.latitude.map { String(format: "%.6f", $0) }),
                    ("longitude", choice.longitude.map { String(format: "%.6f", $0) }), ("place", choice.place),
                ])
                : nil,
            placesURL: Route.places.path, locateURL: Route.locate.path
        )
    }

    /// A close view around a point: about a kilometre across, enough to see the streets' pattern.
    static func around(_ point: GeoPoint) -> MapZoom {
        GeoBox(
            west: point.longitude - 0.012, south: point.latitude - 0.005, east: point.longitude + 0.012,
            north: point.latitude + 0.005
        )
        .map(MapZoom.box) ?? .whole
    }

    func pickHref(area: String, point: GeoPoint?, place: String, zoom: MapZoom) -> String {
        Route.pickPlace.with(query: [
            ("area", area), ("latitude", point.map { String(format: "%.6f", $0.latitude) }),
            ("longitude", point.map { String(format: "%.6f", $0.longitude) }), ("place", place),
            ("zoom", zoom.parameter),
        ])
    }
}
