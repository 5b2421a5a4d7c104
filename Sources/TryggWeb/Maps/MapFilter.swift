import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The map page's filter: a period (dates, default the last 30 days), an indicator and a zoom, over the
/// reports `MapAccess` lets the user see on a map.
struct MapFilter {
    var from: Date
    var to: Date
    var fromText: String
    var toText: String
    var indicator: String?
    var zoom: MapZoom

    init(_ query: Parameters, now: Date = Date()) {
        let calendar = ISOWeek.calendar
        let today = calendar.startOfDay(for: now)
        let defaultFrom = calendar.date(byAdding: .day, value: -30, to: today)!
        let parsedFrom = query["from"].flatMap { LocalTime.startOfDay(String($0)) }
        let parsedTo = query["to"].flatMap { LocalTime.startOfDay(String($0)) }
        from = parsedFrom ?? defaultFrom
        let lastDay = parsedTo ?? today
        to = calendar.date(byAdding: .day, value: 1, to: lastDay)!
        fromText = LocalTime.day(from)
        toText = LocalTime.day(lastDay)
        indicator = query["indicator"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        zoom = MapZoom(parameter: query["zoom"].map(String.init))
    }

    /// The map page with this filter and another zoom.
    func href(zoom: MapZoom) -> String {
        Route.map.with(query: [("from", fromText), ("to", toText), ("indicator", indicator), ("zoom", zoom.parameter)])
    }

    /// The link a cluster gets, with `{zoom}` where the renderer puts the box around its members; the
    /// placeholder is added after encoding, which would otherwise escape its braces.
    var clusterHref: String {
        let base = href(zoom: .whole)
        return base + (base.contains("?") ? "&" : "?") + "zoom={zoom}"
    }

    func reports(_ signedIn: SignedInUser) async throws -> [Report] {
        try await signedIn.stores.reports
            .list(
                scope: MapAccess.scope(for: signedIn.user),
                filter: ReportFilter(indicatorCode: indicator, from: from, to: to), limit: 20_000)
    }

}
