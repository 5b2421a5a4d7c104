import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The published weekly situation picture, its archive and its CSV and GeoJSON exports.
struct WeekController {
    let database: TryggDatabase
    let renderer: PageRenderer
    let tiles: TileLayer?

    func register(on router: RouterGroup<AppRequestContext>) {
        router.get(RouterPath(SitePath.weeks)) { request, context in
            let signedIn = try context.requireUser()
            let texts = renderer.texts(context)
            let closed = try await MeetingStore(database, municipalityID: signedIn.municipality.id).closed()
            return renderer.page("weeks", title: texts["weeks_title"],
                                 content: ["weeks": closed.map { ["week": $0.week.description, "href": SitePath.week($0.week)] }, "hasWeeks": !closed.isEmpty],
                                 request: request, context: context)
        }
        router.get("/weeks/:week") { request, context in
            let (signedIn, week, format) = try Self.weekContext(context)
            let published = try await WeeklyPictureModel.load(database, signedIn.municipality, week)
            let texts = renderer.texts(context)
            switch format {
            case "csv": return try await WeekExports.csv(published, names: CatalogueNames.load(database, signedIn.municipality, texts))
            case "geojson": return WeekExports.geoJSON(published)
            default: return try await page(request, context, signedIn, published)
            }
        }
    }

    /// `2026-W48`, `2026-W48.csv` or `2026-W48.geojson`; only a published week exists for readers.
    static func weekContext(_ context: AppRequestContext) throws -> (SignedInUser, ISOWeek, String) {
        let signedIn = try context.requireUser()
        let raw = context.parameters.get("week") ?? ""
        let parts = raw.split(separator: ".", maxSplits: 1).map(String.init)
        guard let week = parts.first.flatMap(ISOWeek.init) else { throw AppError.notFound }
        return (signedIn, week, parts.count > 1 ? parts[1] : "html")
    }

    func page(_ request: Request, _ context: AppRequestContext, _ signedIn: SignedInUser, _ published: WeeklyPictureModel) async throws -> Response {
        let texts = renderer.texts(context)
        let names = try await CatalogueNames.load(database, signedIn.municipality, texts)
        let areas = try await AreaStore(database, municipalityID: signedIn.municipality.id).all().filter(\.active)
        func rows(_ rows: [WeeklyPicture.Row], name: (String) -> String) -> [[String: Any]] {
            rows.map { ["name": name($0.key), "count": $0.count, "previous": $0.previousWeek, "change": Self.signed($0.changeFromPreviousWeek),
                        "mean": String(format: "%.1f", $0.fourWeekMean), "changeFromMean": Self.signed($0.changeFromMean)] }
        }
        return renderer.page(
            "week", title: texts["week_title"].replacingOccurrences(of: "{week}", with: published.week.description),
            content: [
                "week": published.week.description, "published": published.meeting?.isClosed ?? false,
                "justPublished": request.uri.queryParameters["published"] != nil,
                "total": published.picture.total.count, "totalPrevious": published.picture.total.previousWeek,
                "byIndicator": rows(published.picture.byIndicator) { code in names.indicators[code].map { texts.name(sv: $0.nameSv, en: $0.nameEn) } ?? code },
                "byArea": rows(published.picture.byArea) { names.area($0) },
                "focus": published.meeting?.focusAreas ?? [], "hasFocus": !(published.meeting?.focusAreas.isEmpty ?? true),
                "svg": MapView.svg(
                    areas: areas, title: texts["week_map_title"].replacingOccurrences(of: "{week}", with: published.week.description),
                    texts: texts, description: texts["week_map_description"], tiles: tiles, reports: published.reports, names: names
                ),
                "reports": published.reports.map { ["when": CatalogueNames.when($0, texts), "what": names.what($0), "area": names.area($0.areaCode),
                                                    "place": $0.placeDescription.nonEmpty as Any, "description": $0.description] },
                "csvHref": SitePath.week(published.week) + ".csv", "geojsonHref": SitePath.week(published.week) + ".geojson",
                "previousHref": SitePath.week(published.week.adding(weeks: -1)), "nextHref": SitePath.week(published.week.adding(weeks: 1)),
                "meetingHref": signedIn.user.hasAny(of: [.reviewer, .coordinator]) ? SitePath.meeting(published.week) : nil as String? as Any,
            ],
            request: request, context: context
        )
    }

    static func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }
    static func signed(_ value: Double) -> String { value > 0 ? String(format: "+%.1f", value) : String(format: "%.1f", value) }
}

/// What a week's page, exports and API show; only published reports, never who reported.
struct WeeklyPictureModel {
    var week: ISOWeek
    var picture: WeeklyPicture
    var reports: [Report]
    var meeting: Meeting?

    static func load(_ database: TryggDatabase, _ municipality: Municipality, _ week: ISOWeek) async throws -> WeeklyPictureModel {
        let (picture, reports) = try await ReportStore(database, municipalityID: municipality.id).weeklyPicture(week)
        let meeting = try await MeetingStore(database, municipalityID: municipality.id).meeting(week)
        return WeeklyPictureModel(week: week, picture: picture, reports: reports, meeting: meeting)
    }
}
