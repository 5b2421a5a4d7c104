import Mustache

/// One analysis as its page shows it: the filter as typed with its choices and errors, and the results of
/// the one analysis that ran.
struct AnalysisPage: Sendable {
    struct Tab: Sendable {
        var href: String
        var name: String
        var current: Bool
    }

    /// The filter's choices, and which of the method's parameters it asks for.
    struct Choices: Sendable {
        var showUnit: Bool
        var showCell: Bool
        var showBand: Bool
        var showBandwidth: Bool
        var units: [FormField.Option]
        var indicators: [FormField.Option]
        var areas: [FormField.Option]
    }

    /// The results, under the analysis's own name so the template shows just that section.
    struct Results: Sendable {
        var trends: TrendView.Content?
        var hotspots: CellMapView.HotSpotsContent?
        var density: CellMapView.DensityContent?
        var hottimes: HotTimeView.Content?
        var emerging: CellMapView.EmergingContent?
    }

    var kind: String
    var action: String
    var noDataText: String
    var intro: String
    var tabs: [Tab]
    var form: [String: String]
    var errors: [String: [String]]
    /// The filter could not be used as typed.
    var refused: Bool
    var noData: Bool
    var csvHref: String?
    var period: String
    var choices: Choices
    var results: Results
}

/// The links to every analysis and to the last twelve monthly pictures.
struct AnalysisIndexPage: Sendable {
    struct Kind: Sendable {
        var href: String
        var name: String
        var about: String
    }

    struct Month: Sendable {
        var label: String
        var href: String
    }

    var kinds: [Kind]
    var months: [Month]
    var pointsHref: String
}
