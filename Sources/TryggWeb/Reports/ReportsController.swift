import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The reporter's pages: the report form (phone first), the list of reports and one report with its history.
struct ReportsController {
    let renderer: PageRenderer
    let tiles: TileLayer?

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, .newReport) { request, context, signedIn in
            var form = ReportForm()
            form.date = LocalTime.day(Date())
            // The picker's page links here with the place chosen there.
            let query = request.uri.queryParameters
            form.area = query["area"].map(String.init) ?? ""
            form.latitude = query["latitude"].map(String.init) ?? ""
            form.longitude = query["longitude"].map(String.init) ?? ""
            form.place = query["place"].map(String.init) ?? ""
            return try await page(request, context, signedIn, form: form, errors: [], validation: nil)
        }
        router.on(.post, .newReport) { request, context, _ in try await submit(request, context) }
        router.on(.get, Route.report(.key)) { request, context, _ in
            try await ReportDetail(renderer: renderer).show(request, context)
        }
        router.on(.get, .editReport(.key)) { request, context, signedIn in
            let report = try await ownEditable(context, signedIn)
            return try await page(
                request, context, signedIn, form: ReportForm(report), errors: [], validation: nil, editing: report)
        }
        router.on(.get, .correctReport(.key)) { request, context, signedIn in
            let report = try await submitted(context, signedIn)
            return try await page(
                request, context, signedIn, form: ReportForm(report), errors: [], validation: nil, editing: report,
                correcting: true)
        }
        router.on(.post, .correctReport(.key)) { request, context, signedIn in
            let report = try await submitted(context, signedIn)
            return try await save(request, context, signedIn, report, correcting: true) { store, draft, version in
                _ = try await store.correct(report.id, with: draft, by: signedIn.user, expectedVersion: version)
            }
        }
        router.on(.post, .editReport(.key)) { request, context, signedIn in
            let report = try await ownEditable(context, signedIn)
            return try await save(request, context, signedIn, report, correcting: false) { store, draft, version in
                _ = try await store.edit(report.id, with: draft, by: signedIn.user, expectedVersion: version)
            }
        }
    }

    /// Reads a changed report from the form and stores it with `change`; a refused form comes back whole.
    func save(
        _ request: Request, _ context: AppRequestContext, _ signedIn: SignedInUser, _ report: Report, correcting: Bool,
        change: (ReportStore, ReportDraft, Int?) async throws -> Void
    ) async throws -> Response {
        var request = request
        let form = ReportForm(try await request.form())
        let (draft, readErrors) = form.draft()
        guard readErrors.isEmpty else {
            return try await page(
                request, context, signedIn, form: form, errors: readErrors, validation: nil, editing: report,
                correcting: correcting)
        }
        do {
            try await change(signedIn.stores.reports, draft, Int(form.version))
        } catch let refusal as ReportRefusal {
            return try await page(
                request, context, signedIn, form: form, errors: refusal.validation.errors,
                validation: refusal.validation,
                editing: report, correcting: correcting)
        } catch StoreError.conflict {
            // Someone changed or decided the report since the form was opened: what was typed stays on screen,
            // with what the report is now, and nothing is overwritten.
            let texts = renderer.texts(context)
            let now = try await signedIn.stores.reports.find(
                report.id, scope: .all)
            let status = now.map { texts["status_\($0.status.rawValue)"] } ?? "?"
            var kept = form
            kept.version = now.map { String($0.version) } ?? form.version
            return try await page(
                request, context, signedIn, form: kept, errors: [], validation: nil, editing: now ?? report,
                notice: texts["report_changed_meanwhile"].replacingOccurrences(of: "{status}", with: status),
                status: .conflict, correcting: correcting)
        }
        return Response.redirect(to: Route.report(.value(report.id)).path + "?saved=1")
    }

    func submit(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let signedIn = try context.requireUser()
        var request = request
        let raw = try await request.form()
        let form = ReportForm(raw)
        let (draft, readErrors) = form.draft()
        guard readErrors.isEmpty else {
            return try await page(request, context, signedIn, form: form, errors: readErrors, validation: nil)
        }
        let submission: ReportStore.Submission
        do {
            submission = try await signedIn.stores.reports
                .submission(draft, by: signedIn.user, submissionKey: form.submission)
        } catch let refusal as ReportRefusal {
            return try await page(
                request, context, signedIn, form: form, errors: refusal.validation.errors,
                validation: refusal.validation)
        } catch StoreError.conflict {
            // This form was already sent with other content (back, changed, sent again): a new key files it anew.
            var fresh = form
            fresh.submission = UUID().uuidString
            return try await page(
                request, context, signedIn, form: fresh, errors: [], validation: nil,
                notice: renderer.texts(context)["report_resend"], status: .conflict)
        }
        if raw["another"] == "true" {
            return try await page(
                request, context, signedIn, form: form.keepingWhenAndWhere, errors: [], validation: nil,
                notice: renderer.texts(context)["report_saved_another"], status: .created)
        }
        // A possible name does not stop the report, but the reporter is asked to look again.
        let check = submission.warnings.contains { $0.kind == .possibleName } ? "&check=1" : ""
        return Response.redirect(to: Route.report(.value(submission.report.id)).path + "?submitted=1" + check)
    }

    func page(
        _ request: Request, _ context: AppRequestContext, _ signedIn: SignedInUser, form: ReportForm,
        errors: [FieldError],
        validation: ReportValidation?, editing: Report? = nil, notice: String? = nil,
        status: HTTPResponse.Status? = nil,
        correcting: Bool = false
    ) async throws -> Response {
        let texts = renderer.texts(context)
        let indicators = try await signedIn.stores.indicators.all().filter(
            \.active)
        let picker = try await PlacePicker(texts: texts, tiles: tiles).model(
            stores: signedIn.stores,
            choice: .init(
                area: form.area, latitude: Double(form.latitude), longitude: Double(form.longitude), place: form.place),
            standalone: false
        )
        func error(_ field: String) -> String? { errors.first { $0.field == field }.map { texts.problem($0.problem) } }
        let groups = indicators.map { indicator in
            let name = texts.name(sv: indicator.nameSv, en: indicator.nameEn)
            let asks = indicator.asksForPeopleCount
            let guidance = texts.name(sv: indicator.guidanceSv, en: indicator.guidanceEn)
            let general = ReportFormPage.Option(
                value: indicator.code, label: name + " – " + texts["report_general"],
                selected: form.what == indicator.code, asksPeople: asks, guidance: guidance)
            return ReportFormPage.Group(
                label: name, guidance: guidance.nonEmpty,
                options: [general]
                    + indicator.subtypes.filter(\.active).map { subtype in
                        let value = indicator.code + ":" + subtype.code
                        return ReportFormPage.Option(
                            value: value, label: texts.name(sv: subtype.nameSv, en: subtype.nameEn),
                            selected: form.what == value,
                            asksPeople: asks, guidance: guidance)
                    })
        }
        let page = ReportFormPage(
            form: form, groups: groups, picker: picker, notice: notice,
            parts: ReportDraft.PartOfDay.allCases.filter { $0 != .wholeDay }.map {
                .init(value: $0.rawValue, label: texts["part_\($0.rawValue)"], selected: form.partOfDay == $0.rawValue)
            },
            errors: .init(
                what: error("indicator") ?? error("subtype"), when: error("occurredAt"),
                place: error("place") ?? error("area") ?? error("placeDescription"), description: error("description"),
                people: error("peopleCount"), any: !errors.isEmpty),
            highlighted: validation.map { HighlightedText.pieces(form.description, $0.findings, texts: texts) } ?? [],
            action: editing.map {
                (correcting ? Route.correctReport(.value($0.id)) : Route.editReport(.value($0.id))).path
            } ?? Route.newReport.path,
            editing: editing != nil, returnComment: correcting ? nil : editing?.reviewComment, correcting: correcting
        )
        let title = correcting ? "report_correct" : (editing == nil ? "report_new" : "report_edit")
        return renderer.page(
            "report-form", title: texts[title], page: page,
            request: request, context: context, status: status ?? (errors.isEmpty ? .ok : .unprocessableContent))
    }

    /// A report that still awaits review, for a reviewer to correct.
    func submitted(_ context: AppRequestContext, _ signedIn: SignedInUser) async throws -> Report {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let report = try await signedIn.stores.reports.find(id, scope: .all)
        else { throw AppError.notFound }
        guard report.status == .submitted else { throw AppError.conflict }
        return report
    }

    func ownEditable(_ context: AppRequestContext, _ signedIn: SignedInUser) async throws -> Report {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let report = try await signedIn.stores.reports.find(
                id, scope: .own(signedIn.user.id))
        else { throw AppError.notFound }
        guard report.status.editableByReporter else { throw AppError.conflict }
        return report
    }
}
