import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// Finding reports: the list filtered by period, area, indicator, status, organisation and words, paged,
/// sorted, with the search in the URL, and exported as CSV or .xlsx row for row as filtered. Each role
/// searches only the reports it may see (`ReportScope`).
struct ReportList {
    let renderer: PageRenderer

    static let pageSize = 50
    /// An export larger than this asks for a narrower search rather than holding a whole decade in memory.
    static let exportLimit = 100_000

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, Route.reports) { request, context, _ in try await page(request, context) }
        router.on(.get, Route.reportsCSV) { request, context, _ in try await export(request, context, format: .csv) }
        router.on(.get, Route.reportsXLSX) { request, context, _ in try await export(request, context, format: .xlsx) }
    }

    static func search(_ request: Request) -> ReportSearch {
        let query = request.uri.queryParameters
        return ReportSearch { query[Substring($0)].map(String.init) }
    }

    func page(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let signedIn = try context.requireUser()
        let texts = renderer.texts(context)
        let scope = ReportScope.of(signedIn.user)
        let search = Self.search(request)
        // Bounded, so a crafted page number cannot overflow the offset.
        let pageNumber = min(max(1, request.uri.queryParameters["page"].flatMap { Int(String($0)) } ?? 1), 1_000_000)
        let names = try await signedIn.stores.catalogue.names(in: texts.language)
        let organisations = try await signedIn.stores.organisations.all()
        let organisationNames = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0.name) })
        var found = ReportSearchPage(total: 0, reports: [])
        if search.errors.isEmpty {
            found = try await signedIn.stores.reports
                .search(search, scope: scope, offset: (pageNumber - 1) * Self.pageSize, limit: Self.pageSize)
        }
        let pages = max(1, (found.total + Self.pageSize - 1) / Self.pageSize)
        let base = search.queryString
        func link(_ page: Int) -> String {
            Route.reports.path + "?" + (base.isEmpty ? "" : base + "&") + "page=\(page)"
        }
        let showOrganisation = scope == .all || scope == .approved
        let values = search.values
        let model = ReportListPage(
            action: Route.reports.path, searching: !search.queryString.isEmpty || !search.errors.isEmpty,
            values: values,
            errors: search.errors.map { "\(texts["search_\($0.field)"]): \(texts.problem($0.problem))" },
            areas: [.init(value: "", label: texts["search_any"], selected: (values["area"] ?? "").isEmpty)]
                + names.areaList.map { .init(value: $0.code, label: $0.name, selected: values["area"] == $0.code) },
            indicators: names.indicatorList.map { indicator in
                let name = texts.name(sv: indicator.nameSv, en: indicator.nameEn)
                return .init(
                    label: name,
                    options: [
                        .init(
                            value: indicator.code, label: name + " – " + texts["search_all_subtypes"],
                            selected: values["what"] == indicator.code)
                    ]
                        + indicator.subtypes.map {
                            .init(
                                value: indicator.code + ":" + $0.code, label: texts.name(sv: $0.nameSv, en: $0.nameEn),
                                selected: values["what"] == indicator.code + ":" + $0.code)
                        })
            },
            statuses: [.init(value: "", label: texts["search_any"], selected: (values["status"] ?? "").isEmpty)]
                + (scope.statuses ?? ReportStatus.allCases).map {
                    .init(
                        value: $0.rawValue, label: texts["status_\($0.rawValue)"],
                        selected: values["status"] == $0.rawValue)
                },
            showStatus: (scope.statuses?.count ?? 2) > 1,
            organisations: [
                .init(value: "", label: texts["search_any"], selected: (values["organisation"] ?? "").isEmpty)
            ]
                + organisations.map {
                    .init(value: $0.id.uuidString, label: $0.name, selected: values["organisation"] == $0.id.uuidString)
                },
            showOrganisation: showOrganisation,
            orders: ReportSearch.Order.allCases.map {
                .init(value: $0.rawValue, label: texts["search_sort_\($0.rawValue)"], selected: search.order == $0)
            },
            summary: texts.numbers.count(found.total, one: texts["noun_report_one"], other: texts["noun_report_other"]),
            rows: found.reports.map { report in
                ReportListPage.Row(
                    href: Route.report(.value(report.id)).path, when: ReportTime.when(report, texts),
                    what: names.what(report),
                    area: names.area(report.areaCode), status: texts["status_\(report.status.rawValue)"],
                    organisation: showOrganisation ? organisationNames[report.organisationID] : nil)
            },
            previousHref: pageNumber > 1 ? link(pageNumber - 1) : nil,
            nextHref: pageNumber < pages ? link(pageNumber + 1) : nil,
            pageLabel: pages > 1
                ? texts["search_page"].replacingOccurrences(of: "{page}", with: texts.numbers.whole(pageNumber))
                    .replacingOccurrences(of: "{pages}", with: texts.numbers.whole(pages)) : nil,
            csvHref: Route.reportsCSV.path + (base.isEmpty ? "" : "?" + base),
            xlsxHref: Route.reportsXLSX.path + (base.isEmpty ? "" : "?" + base),
            canReport: signedIn.user.can(.report), newReportHref: Route.newReport.path, clearHref: Route.reports.path
        )
        let title = texts[scope == .own(signedIn.user.id) ? "reports_mine" : "reports_title"]
        return renderer.page(
            "reports", title: title, page: model, request: request, context: context,
            status: search.errors.isEmpty ? .ok : .unprocessableContent)
    }

    enum Format { case csv, xlsx }

    func export(_ request: Request, _ context: AppRequestContext, format: Format) async throws -> Response {
        let signedIn = try context.requireUser()
        let texts = renderer.texts(context)
        let scope = ReportScope.of(signedIn.user)
        let search = Self.search(request)
        guard search.errors.isEmpty else { throw AppError.invalid(search.errors) }
        let store = signedIn.stores.reports
        let reports = try await store.rows(search, scope: scope, limit: Self.exportLimit + 1)
        guard reports.count <= Self.exportLimit else { throw AppError.invalid([.init("q", .tooMany)]) }
        let names = try await signedIn.stores.catalogue.names(in: texts.language)
        let organisations = Dictionary(
            uniqueKeysWithValues: try await signedIn.stores.organisations
                .all().map { ($0.id, $0) })
        let table = ReportTable(
            names: names, organisations: organisations, showOrganisation: scope != .published, texts: texts)
        let stamp = LocalTime.day(Date())
        switch format {
        case .csv:
            return CSVFile.response(
                header: table.header.map { CSV.field($0, separator: ";") }.joined(separator: ";"),
                rows: reports.map { table.cells($0).map(\.text) }, file: "rapporter-\(stamp).csv")
        case .xlsx:
            let data = XLSXWriter(sheetName: texts["reports_title"]).data(
                header: table.header, rows: reports.map { table.cells($0).map(\.xlsx) })
            return Response(
                status: .ok,
                headers: [
                    .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    .contentDisposition: "attachment; filename=\"rapporter-\(stamp).xlsx\"",
                ],
                body: .init(byteBuffer: ByteBuffer(data: data)))
        }
    }
}
