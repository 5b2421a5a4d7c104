import TryggCore

/// The map page: the filter, the map at its zoom, the ways to zoom, and the areas as a table.
struct MapPage: Sendable {
    struct ZoomLink: Sendable {
        var label: String
        var href: String
        var current: Bool
    }

    struct AreaRow: Sendable {
        var name: String
        var code: String
        var boundary: String
        /// Zooms the map to the area; nil for an area without a boundary.
        var zoomHref: String?
        var current: Bool
    }

    struct LegendEntry: Sendable {
        var symbol: String
        var name: String
    }

    var action: String
    var from: String
    var to: String
    var indicators: [FormField.Option]
    var shown: String
    var scopeNote: String
    var approximate: Bool
    var svg: String?
    var zoomLinks: [ZoomLink]
    /// Says what the map is zoomed to, when not the whole municipality.
    var zoomedTo: String?
    var legend: [LegendEntry]
    var rows: [AreaRow]
    var pickHref: String
}

/// The place picker on a page of its own: every choice is in the query, so it works without script.
struct PickPlacePage: Sendable {
    var picker: PlacePicker.Model
    var action: String
}
