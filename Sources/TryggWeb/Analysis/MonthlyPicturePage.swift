import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The monthly picture for the beredningsgrupp: one printable page per month.
struct MonthlyPicturePage {
    let renderer: PageRenderer
    let tiles: TileLayer?

    /// Each table of the picture as the CSV of the analysis it comes from, over the same period.
    static func csvLinks(_ picture: MonthlyPicture, _ texts: Texts) -> [MonthPage.Link] {
        let month = "from=\(picture.month.firstDay)&to=\(picture.month.lastDay)"
        let year = "from=\(picture.emergingPeriod.firstDay)&to=\(picture.emergingPeriod.lastDay)"
        return [("trends", month), ("hotspots", month), ("hottimes", month), ("emerging", year)].map { kind, period in
            MonthPage.Link(
                href: Route.analysisKind(.value(kind + ".csv")).path + "?" + period,
                name: texts["analysis_\(kind)_title"])
        }
    }

    func page(
        _ request: Request, _ context: AppRequestContext, _ signedIn: SignedInUser, month: AnalysisPeriod
    ) async throws -> Response {
        let texts = renderer.texts(context)
        let format = AnalysisFormat(texts: texts)
        let names = try await signedIn.stores.catalogue.names(in: texts.language)
        let areas = try await signedIn.stores.areas.all().filter {
            $0.active && $0.geometry != nil
        }
        let picture = try await signedIn.stores.monthlyPictures.load(
            month: month, areas: areas)
        var map = CellMapView.Map(areas: areas, tiles: tiles, texts: texts)
        let evidence = Route.month(.value(picture.label)).path
        if signedIn.user.can(.propose) { map.proposal = ProblemProposal(origin: .emergingHotSpot, evidence: evidence) }
        let rise = map.proposal.map { _ in ProblemProposal(origin: .trend, evidence: evidence) }
        let changes = picture.significantChanges
        var hotSpots = CellMapView.hotSpots(
            picture.hotSpots, map: map, format: format, located: picture.reports - picture.unlocated,
            unlocated: picture.unlocated)
        hotSpots.places = Array(hotSpots.places.prefix(10))
        // On paper: the five cells with most reports of each category but sporadic (the emerging page and its
        // CSV have them all).
        var emerging = CellMapView.emerging(
            picture.emerging, side: picture.hotSpots.grid.side, map: map, format: format)
        let rows = emerging.cells
        emerging.cells = [EmergingHotSpots.Category.new, .intensifying, .persistent, .diminishing].flatMap { category in
            rows.filter { $0.category == texts["category_\(category.rawValue)"] }.prefix(5)
        }
        let previous = ISOWeek.calendar.date(byAdding: .month, value: -1, to: month.start)!
        let title = texts["month_title"].replacingOccurrences(of: "{month}", with: format.monthName(picture.label))
        let page = MonthPage(
            month: picture.label, incomplete: picture.running, complete: !picture.running,
            total: TrendView.row(picture.trends.total, names: names, format: format),
            rises: changes.filter { $0.direction > 0 }.map {
                TrendView.row($0, names: names, format: format, proposal: rise)
            },
            falls: changes.filter { $0.direction < 0 }.map { TrendView.row($0, names: names, format: format) },
            changes: changes.map { TrendView.row($0, names: names, format: format) },
            cellsTested: picture.trends.series.count,
            hotspots: hotSpots, hottimes: HotTimeView.content(picture.hotTimes, format: format), emerging: emerging,
            emergingPeriod: "\(picture.emergingPeriod.firstDay) – \(picture.emergingPeriod.lastDay)",
            focus: picture.focus.map {
                .init(
                    week: ISOWeek($0.week).map(texts.numbers.week) ?? $0.week, areas: $0.areas.joined(separator: "; "))
            },
            previousHref: Route.month(.value(String(LocalTime.day(previous).prefix(7)))).path,
            // Months that have not begun are not offered.
            nextHref: month.end <= Date() ? Route.month(.value(String(LocalTime.day(month.end).prefix(7)))).path : nil,
            methodsHref: Route.methods.path, analysisHref: Route.analysis.path, csv: Self.csvLinks(picture, texts)
        )
        return renderer.page("monthly-picture", title: title, page: page, request: request, context: context)
    }
}

/// The monthly picture for the beredningsgrupp: significant changes, hot spots, hot times and emerging
/// hot spots of one month, ready to print.
struct MonthPage: Sendable {
    struct Link: Sendable {
        var href: String
        var name: String
    }

    struct Focus: Sendable {
        var week: String
        var areas: String
    }

    var month: String
    var incomplete: Bool
    var complete: Bool
    var total: TrendView.Row
    var rises: [TrendView.Row]
    var falls: [TrendView.Row]
    /// Every cell that changed significantly, rises and falls.
    var changes: [TrendView.Row]
    var cellsTested: Int
    var hotspots: CellMapView.HotSpotsContent
    var hottimes: HotTimeView.Content
    var emerging: CellMapView.EmergingContent
    var emergingPeriod: String
    var focus: [Focus]
    var previousHref: String
    var nextHref: String?
    var methodsHref: String
    var analysisHref: String
    var csv: [Link]
}
