import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The analysts' pages: trends, hot spots, density, hot times and emerging hot spots of approved reports,
/// each with a CSV of its table, and the approved reports as a point file for `trygg analyse`.
struct AnalysisController {
    let renderer: PageRenderer
    let tiles: TileLayer?

    /// For those who may analyse (`Capability.analyse`); the pages show approved reports only, never who
    /// reported or what was written.
    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, Route.analysis) { request, context, _ in
            let texts = renderer.texts(context)
            let thisMonth = AnalysisPeriod.month(containing: Date())
            let months = (1...12).map { back in
                let start = ISOWeek.calendar.date(byAdding: .month, value: -back, to: thisMonth.start)!
                let label = String(LocalTime.day(start).prefix(7))
                return AnalysisIndexPage.Month(
                    label: AnalysisFormat(texts: texts).monthName(label), href: Route.month(.value(label)).path)
            }
            return renderer.page(
                "analysis-index", title: texts["analysis_title"],
                page: AnalysisIndexPage(
                    kinds: AnalysisKind.allCases.map {
                        .init(
                            href: Route.analysisKind(.value($0.rawValue)).path,
                            name: texts["analysis_\($0.rawValue)_title"],
                            about: texts["analysis_\($0.rawValue)_about"])
                    },
                    months: months, pointsHref: Route.analysisKind(.value("points.csv")).path
                ), request: request, context: context)
        }
        router.on(.get, Route.month(.key)) { request, context, signedIn in
            guard let month = context.parameters.get("month").flatMap(AnalysisPeriod.month) else {
                throw AppError.notFound
            }
            return try await MonthlyPicturePage(renderer: renderer, tiles: tiles)
                .page(request, context, signedIn, month: month)
        }
        router.on(.get, .analysisKind(.key)) { request, context, signedIn in
            let raw = context.parameters.get("kind") ?? ""
            let parts = raw.split(separator: ".", maxSplits: 1).map(String.init)
            guard let name = parts.first, parts.count == 1 || parts[1] == "csv" else { throw AppError.notFound }
            if name == "points" && parts.count == 2 { return try await points(request, signedIn) }
            guard let kind = AnalysisKind(rawValue: name) else { throw AppError.notFound }
            let filter = AnalysisFilter(request.uri.queryParameters, kind: kind)
            if parts.count == 2 {
                guard filter.errors.isEmpty else { throw AppError.invalid(filter.errors) }
                let data = try await signedIn.stores.analysis(filter.request, kind: kind)
                return Self.csv(
                    try Self.table(kind, data),
                    name: "\(kind.rawValue)-\(filter.period.firstDay)-\(filter.period.lastDay)")
            }
            return try await page(request, context, signedIn, kind: kind, filter: filter)
        }
    }

    /// The CSV of an analysis: the same writer as `trygg analyse`.
    static func table(_ kind: AnalysisKind, _ data: AnalysisRun) throws(AppError) -> String {
        do {
            switch kind {
            case .trends: return AnalysisCSV.trends(try data.trends())
            case .hotspots: return AnalysisCSV.hotSpots(try data.hotSpots())
            case .density:
                let result = try data.density()
                return AnalysisCSV.density(result.density, grid: result.grid)
            case .hottimes: return AnalysisCSV.hotTimes(data.hotTimes())
            case .emerging: return AnalysisCSV.emerging(try data.emerging())
            }
        } catch {
            throw AppError.invalid(error.fieldError.map { [$0] } ?? [])
        }
    }

    static func csv(_ text: String, name: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(name).csv\"",
            ],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Approved reports in the period as `trygg analyse` reads them: position, time, indicator and area only.
    func points(_ request: Request, _ signedIn: SignedInUser) async throws -> Response {
        let filter = AnalysisFilter(request.uri.queryParameters, kind: .hotspots)
        guard filter.errors.isEmpty else { throw AppError.invalid(filter.errors) }
        let data = try await signedIn.stores.analysis(filter.request, kind: .hotspots)
        let iso = ISO8601DateFormatter()
        let rows = data.inPeriod.compactMap { event -> [String]? in
            guard let point = event.point else { return nil }
            let time = iso.string(from: event.span.start) + (event.span.end.map { "/" + iso.string(from: $0) } ?? "")
            return [
                String(format: "%.3f", point.northing), String(format: "%.3f", point.easting), time, event.indicator,
                event.area ?? "",
            ]
        }
        return Self.csv(
            CSV.document(["northing", "easting", "time", "indicator", "area"], rows),
            name: "reports-\(filter.period.firstDay)-\(filter.period.lastDay)")
    }

    func page(
        _ request: Request, _ context: AppRequestContext, _ signedIn: SignedInUser, kind: AnalysisKind,
        filter: AnalysisFilter
    ) async throws -> Response {
        let texts = renderer.texts(context)
        let format = AnalysisFormat(texts: texts)
        let names = try await signedIn.stores.catalogue.names(in: texts.language)
        var errors = filter.errors
        var results: AnalysisPage.Results?
        var noData = false
        var loaded: AnalysisRun?
        if errors.isEmpty {
            do {
                loaded = try await signedIn.stores.analysis(filter.request, kind: kind)
            } catch let failure as ValidationFailure {
                errors += failure.errors
            }
        }
        if let data = loaded {
            var map = CellMapView.Map(
                areas: data.areas.filter { filter.area == nil || $0.code == filter.area }, tiles: tiles, texts: texts)
            if signedIn.user.can(.propose) {
                map.proposal = ProblemProposal(
                    origin: kind == .emerging ? .emergingHotSpot : .hotSpot,
                    evidence: LocalLink.safe(request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")),
                    indicator: filter.indicator)
            }
            // A trend needs reports in either year, hot times any report, the maps reports with a point.
            noData =
                switch kind {
                case .trends: data.events.isEmpty
                case .hottimes: data.inPeriod.isEmpty
                case .hotspots, .density, .emerging: data.located.isEmpty
                }
            if !noData {
                switch Self.results(kind, data, map: map, names: names, format: format) {
                case .success(let shown): results = shown
                case .failure(let error): errors.append(error.fieldError ?? .init("from", .outOfRange))
                }
            }
        }
        let page = AnalysisPage(
            kind: kind.rawValue, action: Route.analysisKind(.value(kind.rawValue)).path,
            noDataText: texts[kind == .trends || kind == .hottimes ? "analysis_no_reports" : "analysis_no_data"],
            intro: texts["analysis_\(kind.rawValue)_intro"],
            tabs: AnalysisKind.allCases.map {
                .init(
                    href: Route.analysisKind(.value($0.rawValue)).path + "?" + filter.query(from: kind, to: $0),
                    name: texts["analysis_\($0.rawValue)_title"], current: $0 == kind)
            },
            form: filter.values,
            errors: Dictionary(grouping: errors, by: \.field).mapValues { $0.map { texts.problem($0.problem) } },
            refused: !errors.isEmpty, noData: noData,
            csvHref: errors.isEmpty && !noData
                ? Route.analysisKind(.value(kind.rawValue + ".csv")).path + "?" + filter.query : nil,
            period: "\(filter.period.firstDay) – \(filter.period.lastDay)",
            choices: form(kind, filter, names: names, texts: texts), results: results ?? .init()
        )
        return renderer.page(
            "analysis", title: texts["analysis_\(kind.rawValue)_title"], page: page, request: request, context: context,
            status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// The filter form's choices and which of the method's parameters it shows.
    func form(
        _ kind: AnalysisKind, _ filter: AnalysisFilter, names: CatalogueNames, texts: Texts
    ) -> AnalysisPage.Choices {
        AnalysisPage.Choices(
            showUnit: kind == .trends || kind == .emerging, showCell: kind != .trends && kind != .hottimes,
            showBand: kind == .hotspots || kind == .emerging, showBandwidth: kind == .density,
            units: TimeSlices.Unit.allCases.map {
                .init(value: $0.rawValue, label: texts["analysis_unit_" + $0.rawValue], selected: $0 == filter.unit)
            },
            indicators: names.indicatorList.map {
                .init(
                    value: $0.code, label: texts.name(sv: $0.nameSv, en: $0.nameEn),
                    selected: $0.code == filter.indicator)
            },
            areas: names.areas.sorted { $0.value < $1.value }.map {
                .init(value: $0.key, label: $0.value, selected: $0.key == filter.area)
            }
        )
    }

    /// The page content of one analysis, or why it cannot run (synchronous: see `MonthlyPictureQuery.build`).
    static func results(
        _ kind: AnalysisKind, _ data: AnalysisRun, map: CellMapView.Map, names: CatalogueNames,
        format: AnalysisFormat
    ) -> Result<AnalysisPage.Results, AnalysisError> {
        let located = data.located.count, unlocated = data.inPeriod.count - located
        do {
            switch kind {
            case .trends:
                let proposal = map.proposal.map { ProblemProposal(origin: .trend, evidence: $0.evidence) }
                return .success(
                    .init(
                        trends: TrendView.content(try data.trends(), names: names, format: format, proposal: proposal)))
            case .hotspots:
                return .success(
                    .init(
                        hotspots: CellMapView.hotSpots(
                            try data.hotSpots(), map: map, format: format, located: located, unlocated: unlocated)))
            case .density:
                let result = try data.density()
                return .success(
                    .init(
                        density: CellMapView.density(
                            result.grid, result.density, map: map, format: format, located: located,
                            unlocated: unlocated)))
            case .hottimes: return .success(.init(hottimes: HotTimeView.content(data.hotTimes(), format: format)))
            case .emerging:
                return .success(
                    .init(
                        emerging: CellMapView.emerging(
                            try data.emerging(), side: data.request.cell, map: map, format: format)))
            }
        } catch {
            return .failure(error)
        }
    }
}
