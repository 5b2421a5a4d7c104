import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The weekly coordination meeting: the agenda of submitted reports by area and indicator, decisions one
/// by one or in bulk, duplicate suggestions, notes and focus areas, and closing, which publishes the week.
/// Every refusal comes back on this page with what was typed and ticked.
struct MeetingController {
    let renderer: PageRenderer

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, Route.meetings) { _, context, _ in
            return Response.redirect(to: Route.meeting(.value(ISOWeek(containing: Date()))).path)
        }
        router.on(.get, Route.meeting(.key)) { request, context, _ in
            try await show(request, context, notice: notice(request.uri.queryParameters, renderer.texts(context)))
        }
        router.on(.post, .meetingAction(.key, .decisions)) { request, context, _ in
            try await decideMany(request, context)
        }
        router.on(.post, .meetingAction(.key, .merge)) { request, context, _ in try await merge(request, context) }
        router.on(.post, .meetingAction(.key, .notes)) { request, context, _ in try await saveNotes(request, context) }
        router.on(.post, .meetingAction(.key, .close)) { request, context, _ in try await close(request, context) }
    }

    static func meetingContext(_ context: AppRequestContext) throws -> (SignedInUser, ISOWeek) {
        let signedIn = try context.requireUser()
        guard let week = context.parameters.get("week").flatMap(ISOWeek.init) else { throw AppError.notFound }
        return (signedIn, week)
    }

    func decideMany(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (signedIn, week) = try Self.meetingContext(context)
        let texts = renderer.texts(context)
        var request = request
        let form = try await request.form()
        let ids = form.all("report").compactMap(UUID.init(uuidString:))
        let typed = MeetingPage.Typed(selected: Set(ids), comment: form["comment"])
        guard let decision = ReviewDecision(rawValue: form["decision"]) else {
            return try await show(
                request, context, typed: typed, error: texts["meeting_choose_decision"], status: .unprocessableContent)
        }
        guard !ids.isEmpty else {
            return try await show(
                request, context, typed: typed, error: texts["meeting_choose_reports"], status: .unprocessableContent)
        }
        // Checked before any decision, so a refused comment leaves every report as it was.
        let comment = form["comment"].trimmingCharacters(in: .whitespacesAndNewlines)
        var commentErrors = FreeTextCheck.errors([("comment", comment)])
        if decision.needsComment && comment.isEmpty { commentErrors.append(.init("comment", .required)) }
        if let first = commentErrors.first {
            return try await show(
                request, context, typed: typed, error: texts["meeting_comment_error"],
                fieldErrors: [first], status: .unprocessableContent)
        }
        let store = signedIn.stores.reports
        var decided = 0
        var conflicts: [UUID] = []
        for id in ids {
            do {
                _ = try await store.decide(id, decision, comment: comment, by: signedIn.user)
                decided += 1
            } catch StoreError.conflict {
                conflicts.append(id)
            } catch StoreError.notFound {
                conflicts.append(id)
            }
        }
        guard conflicts.isEmpty else {
            let describer = try await DecisionConflict(signedIn.stores, texts: texts)
            var lines: [String] = []
            for id in conflicts { lines.append(try await describer.describe(id)) }
            let message =
                texts.numbers.count(decided, one: texts["noun_report_one"], other: texts["noun_report_other"]) + " "
                + texts[decided == 1 ? "meeting_decided_one" : "meeting_decided_other"] + " "
                + texts["meeting_conflicts"] + " " + lines.joined(separator: "; ")
            return try await show(request, context, typed: .init(comment: comment), error: message, status: .conflict)
        }
        return Response.redirect(to: Route.meeting(.value(week)).path + "?decided=\(decided)")
    }

    func merge(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (signedIn, week) = try Self.meetingContext(context)
        var request = request
        let form = try await request.form()
        guard let duplicate = UUID(uuidString: form["duplicate"]), let kept = UUID(uuidString: form["kept"]) else {
            throw AppError.notFound
        }
        do {
            try await signedIn.stores.reports.merge(
                duplicate, into: kept, by: signedIn.user, expectedVersion: Int(form["version"]))
        } catch StoreError.conflict {
            let describer = try await DecisionConflict(signedIn.stores, texts: renderer.texts(context))
            return try await show(request, context, error: try await describer.describe(duplicate), status: .conflict)
        }
        return Response.redirect(to: Route.meeting(.value(week)).path + "?merged=1")
    }

    func saveNotes(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (signedIn, week) = try Self.meetingContext(context)
        var request = request
        let form = try await request.form()
        let typed = MeetingPage.Typed(
            participants: form.all("participants"), notes: form["notes"], focus: form["focus"])
        do {
            try await signedIn.stores.meetings
                .save(week, participants: typed.participants ?? [], notes: typed.notes ?? "", focus: typed.focus ?? "")
        } catch let failure as ValidationFailure {
            return try await show(
                request, context, typed: typed, error: renderer.texts(context)["form_has_errors"],
                fieldErrors: failure.errors, status: .unprocessableContent)
        } catch StoreError.conflict {
            return try await show(
                request, context, typed: typed, error: renderer.texts(context)["meeting_already_closed"],
                status: .conflict)
        }
        return Response.redirect(to: Route.meeting(.value(week)).path + "?saved=1")
    }

    /// Closing saves the notes and focus areas as typed and publishes; with reports still undecided it first
    /// asks, saying what happens to them.
    func close(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (signedIn, week) = try Self.meetingContext(context)
        let texts = renderer.texts(context)
        var request = request
        let form = try await request.form()
        // The page's close button sends the notes form as it stands; a bare close (a script) keeps what is saved.
        let sendsMinutes = form.has("notes") || form.has("focus")
        let minutes = MeetingStore.Minutes(
            participants: form.all("participants"), notes: form["notes"], focus: form["focus"])
        let typed =
            sendsMinutes
            ? MeetingPage.Typed(participants: minutes.participants, notes: minutes.notes, focus: minutes.focus)
            : .init()
        let fieldErrors = FreeTextCheck.errors([("notes", minutes.notes), ("focus", minutes.focus)])
        guard fieldErrors.isEmpty else {
            return try await show(
                request, context, typed: typed, error: texts["form_has_errors"], fieldErrors: fieldErrors,
                status: .unprocessableContent)
        }
        let undecided = try await signedIn.stores.reports.count(
            status: .submitted)
        if undecided > 0 && form["confirm"] != "yes" {
            let message = texts["meeting_close_confirm"]
                .replacingOccurrences(
                    of: "{count}",
                    with: texts.numbers.count(
                        undecided, one: texts["noun_report_one"], other: texts["noun_report_other"]))
            let confirm = MeetingPage.ConfirmClose(message: message)
            return try await show(request, context, typed: typed, confirm: confirm)
        }
        do {
            _ = try await signedIn.stores.meetings
                .close(week, minutes: sendsMinutes ? minutes : nil, by: signedIn.user)
        } catch StoreError.conflict {
            return try await show(
                request, context, typed: typed, error: texts["meeting_close_refused"], status: .conflict)
        }
        return Response.redirect(to: Route.week(.value(week)).path + "?published=1")
    }

    func notice(_ query: Parameters, _ texts: Texts) -> String? {
        if let decided = query["decided"].flatMap({ Int(String($0)) }).map({ min(max($0, 0), 100_000) }) {
            return texts.numbers.count(decided, one: texts["noun_report_one"], other: texts["noun_report_other"]) + " "
                + texts[decided == 1 ? "meeting_decided_one" : "meeting_decided_other"]
        }
        if query["merged"] != nil { return texts["meeting_merged"] }
        if query["saved"] != nil { return texts["admin_saved"] }
        return nil
    }

    func show(
        _ request: Request, _ context: AppRequestContext, typed: MeetingPage.Typed = .init(), notice: String? = nil,
        error: String? = nil,
        fieldErrors: [FieldError] = [], confirm: MeetingPage.ConfirmClose? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let (signedIn, week) = try Self.meetingContext(context)
        let texts = renderer.texts(context)
        let page = try await MeetingPageBuilder(stores: signedIn.stores, texts: texts)
            .build(week, typed: typed, notice: notice, error: error, fieldErrors: fieldErrors, confirm: confirm)
        return renderer.page(
            "meeting", title: texts["meeting_title"].replacingOccurrences(of: "{week}", with: page.weekLabel),
            page: page, request: request, context: context, status: status
        )
    }
}
