import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The reusable form part for choosing where something happened: a click on the map, the device's
/// position, or an area and a place description (which alone works without JavaScript).
struct PlacePicker {
    let database: TryggDatabase
    let texts: Texts
    let tiles: TileLayer?

    /// The view model for the `place-picker` partial, from a page's query.
    func model(municipality: Municipality, query: Parameters) async throws -> [String: Any] {
        try await model(
            municipality: municipality, area: query["area"].map(String.init) ?? "",
            latitude: query["latitude"].flatMap { Double(String($0)) }, longitude: query["longitude"].flatMap { Double(String($0)) },
            place: query["place"].map(String.init) ?? "", zoom: query["zoom"] == "1"
        )
    }

    /// The view model for the `place-picker` partial, keeping what the user chose.
    func model(
        municipality: Municipality, area chosenArea: String, latitude: Double?, longitude: Double?, place: String, zoom: Bool
    ) async throws -> [String: Any] {
        let store = AreaStore(database, municipalityID: municipality.id)
        let areas = try await store.all().filter(\.active)
        var chosen: GeoPoint?
        var located: String?
        if let latitude, let longitude {
            let point = GeoPoint(longitude: longitude, latitude: latitude)
            if point.isInRange {
                chosen = point
                located = AreaStore.locator(areas).area(containing: point)
            }
        }
        let focus = areas.first { $0.code == (located ?? chosenArea) && $0.geometry != nil }
        let zoomed = zoom ? focus : nil
        let areaName = areas.first { $0.code == (located ?? chosenArea) }?.name
        return [
            "svg": MapView.svg(areas: areas, title: texts["picker_map_title"], texts: texts, chosen: chosen, focus: zoomed, tiles: tiles),
            "areas": areas.map { ["code": $0.code, "name": $0.name, "selected": $0.code == (located ?? chosenArea)] },
            "latitude": latitude.map { String(format: "%.6f", $0) } ?? "",
            "longitude": longitude.map { String(format: "%.6f", $0) } ?? "",
            "place": place,
            "summary": chosen.map { point in
                texts["picker_summary"]
                    .replacingOccurrences(of: "{position}", with: String(format: "%.5f, %.5f", point.latitude, point.longitude))
                    .replacingOccurrences(of: "{area}", with: areaName ?? texts["picker_outside"])
            } ?? (areaName.map { texts["picker_summary_area"].replacingOccurrences(of: "{area}", with: $0) } as Any),
            "approximate": areas.contains(where: \.approximate),
            "zoomed": zoomed != nil,
        ]
    }
}
