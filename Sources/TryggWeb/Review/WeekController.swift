import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The published weekly situation picture, its archive and its CSV and GeoJSON exports.
struct WeekController {
    let renderer: PageRenderer
    let tiles: TileLayer?

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, Route.weeks) { request, context, signedIn in
            let texts = renderer.texts(context)
            let closed = try await signedIn.stores.meetings.closed()
            return renderer.page(
                "weeks", title: texts["weeks_title"],
                page: WeeksPage(
                    weeks: closed.map {
                        .init(
                            week: "\($0.week.year), " + texts.numbers.week($0.week),
                            href: Route.week(.value($0.week)).path)
                    }),
                request: request, context: context)
        }
        router.on(.get, Route.week(.key)) { request, context, _ in
            let (signedIn, week, format) = try Self.weekContext(context)
            let published = try await signedIn.stores.publishedWeeks.load(week)
            let texts = renderer.texts(context)
            switch format {
            case "csv":
                return try await WeekExports.csv(
                    published, names: signedIn.stores.catalogue.names(in: texts.language))
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

    func page(
        _ request: Request, _ context: AppRequestContext, _ signedIn: SignedInUser, _ published: PublishedWeekPicture
    ) async throws -> Response {
        let texts = renderer.texts(context)
        let numbers = texts.numbers
        let names = try await signedIn.stores.catalogue.names(in: texts.language)
        let areas = try await signedIn.stores.areas.all().filter(\.active)
        let week = published.week
        let label = numbers.week(week)
        let focus = published.meeting?.focusAreas ?? []
        // The open problems this person may add evidence to, for "link to a problem" beside each focus area.
        let groups = try await signedIn.stores.workingGroups.all()
        let linkable =
            focus.isEmpty
            ? []
            : try await signedIn.stores.problems.all().filter {
                $0.status.isOpen && signedIn.user.mayWork(on: $0, groups: groups)
            }
        let page = WeekPage(
            weekLabel: label, published: published.meeting?.isClosed ?? false,
            justPublished: request.uri.queryParameters["published"] != nil,
            total: numbers.whole(published.picture.total.count),
            totalPrevious: numbers.whole(published.picture.total.previousWeek),
            focus: focus.enumerated().map { index, text in
                FocusLine(
                    id: "focus-\(index)", text: text,
                    proposeHref: signedIn.user.can(.propose)
                        ? Route.newProblem.with(query: [
                            ("origin", ProblemOrigin.Kind.weeklyFocus.rawValue),
                            ("evidence", Route.week(.value(published.week)).path), ("title", text),
                        ]) : nil,
                    linkAction: linkable.isEmpty ? nil : Route.linkFocus(.value(published.week)).path,
                    problems: linkable.map { .init(value: $0.id.uuidString, label: "\($0.code) \($0.title)") })
            },
            byIndicator: WeekPage.rows(published.picture.byIndicator, numbers: numbers) { code in
                names.indicator(code)
            },
            byArea: WeekPage.rows(published.picture.byArea, numbers: numbers) { names.area($0) },
            svg: MapView.svg(
                areas: areas, title: texts["week_map_title"].replacingOccurrences(of: "{week}", with: label),
                texts: texts, description: texts["week_map_description"], tiles: tiles,
                points: .init(reports: published.reports, names: names, reader: signedIn.user)
            ),
            reports: WeekPage.reportRows(published.reports, names: names, texts: texts),
            late: WeekPage.reportRows(published.late, names: names, texts: texts),
            lateIntro: texts["week_late_intro"].replacingOccurrences(
                of: "{count}",
                with: numbers.count(
                    published.late.count, one: texts["noun_report_one"], other: texts["noun_report_other"])),
            csvHref: Route.weekFile(.value(week), .csv).path, geojsonHref: Route.weekFile(.value(week), .geojson).path,
            previousHref: Route.week(.value(week.adding(weeks: -1))).path,
            nextHref: Route.week(.value(week.adding(weeks: 1))).path, weeksHref: Route.weeks.path,
            meetingHref: signedIn.user.can(.review) ? Route.meeting(.value(week)).path : nil
        )
        return renderer.page(
            "week", title: texts["week_title"].replacingOccurrences(of: "{week}", with: label), page: page,
            request: request, context: context
        )
    }
}
