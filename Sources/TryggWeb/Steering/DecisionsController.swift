import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The analysis and steering groups' minutes: every meeting's numbered decisions, printable, and the form
/// for a decision about no single problem or measure (appointing a working group, a priority for the year).
struct DecisionsController {
    let renderer: PageRenderer

    struct Page: Sendable {
        var intro: String
        var newHref: String?
        var minutesHref: String?
        var meetings: [Meeting]

        struct Meeting: Sendable {
            var heading: String
            var participants: String?
            var notes: String?
            var editHref: String?
            var decisions: [Line]
        }

        struct Line: Sendable {
            var paragraph: Int
            var text: String
            var subject: String?
            var subjectHref: String?
        }
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, Route.decisions) { request, context, signedIn in
            let texts = renderer.texts(context)
            let stores = signedIn.stores
            let decisions = try await stores.decisions.all()
            let problems = Dictionary(uniqueKeysWithValues: try await stores.problems.all().map { ($0.id, $0) })
            let measures = Dictionary(uniqueKeysWithValues: try await stores.measures.all().map { ($0.id, $0) })
            let organisations = Dictionary(
                uniqueKeysWithValues: try await stores.organisations.all().map { ($0.code, $0.name) })
            let records = try await stores.decisions.meetings()
            // Every meeting with decisions or minutes, newest first; decisions in § order within it.
            let keys = Set(decisions.map { MeetingKey(forum: $0.forum, date: $0.meetingDate) })
                .union(records.map { MeetingKey(forum: $0.forum, date: $0.date) })
                .sorted { ($0.date, $0.forum.rawValue) > ($1.date, $1.forum.rawValue) }
            var meetings: [Page.Meeting] = []
            for key in keys {
                let record = records.first { $0.forum == key.forum && $0.date == key.date }
                meetings.append(
                    Page.Meeting(
                        heading: texts["forum_\(key.forum.rawValue)"] + " " + key.date.description,
                        participants: record.map {
                            $0.participants.map { organisations[$0] ?? $0 }.joined(separator: ", ")
                        }?
                        .nonEmpty,
                        notes: record?.notes.nonEmpty,
                        editHref: signedIn.user.can(.decide)
                            ? Route.meetingMinutes.with(query: [
                                ("forum", key.forum.rawValue), ("date", key.date.description),
                            ])
                            : nil,
                        decisions: []))
            }
            for decision in decisions.sorted(by: { $0.paragraph < $1.paragraph }) {
                let index = meetings.firstIndex {
                    $0.heading == texts["forum_\(decision.forum.rawValue)"] + " " + decision.meetingDate.description
                }!
                var line = Page.Line(paragraph: decision.paragraph, text: decision.text)
                switch decision.subject?.kind {
                case .problem:
                    if let id = decision.subject?.id, let problem = problems[id] {
                        line.subject = "\(problem.code) \(problem.title)"
                        line.subjectHref = Route.problem(.value(id)).path
                    }
                case .measure:
                    if let id = decision.subject?.id, let measure = measures[id] {
                        line.subject = measure.title
                        line.subjectHref = Route.measure(.value(id)).path
                    }
                case nil: break
                }
                meetings[index].decisions.append(line)
            }
            return renderer.page(
                "decisions", title: texts["decisions_title"],
                page: Page(
                    intro: texts["decisions_intro"],
                    newHref: signedIn.user.can(.decide) ? Route.recordDecision.path : nil,
                    minutesHref: signedIn.user.can(.decide) ? Route.meetingMinutes.path : nil, meetings: meetings),
                request: request, context: context)
        }
        router.on(.get, Route.meetingMinutes) { request, context, signedIn in
            let query = request.uri.queryParameters
            let forum = query["forum"].flatMap { Decision.Forum(rawValue: String($0)) } ?? .analysisGroup
            let date = query["date"].flatMap { LocalDate(String($0)) } ?? LocalDate(Date())
            let saved = try await signedIn.stores.decisions.meetings().first { $0.forum == forum && $0.date == date }
            return try await minutesForm(
                FormData(fields: [
                    "forum": [forum.rawValue], "meetingDate": [date.description],
                    "participants": saved?.participants ?? [], "notes": [saved?.notes ?? ""],
                ]), errors: [], request, context, signedIn)
        }
        router.on(.post, Route.meetingMinutes) { request, context, signedIn in
            var request = request
            let posted = try await request.form()
            do {
                try await signedIn.stores.decisions.save(try MinutesForm.read(posted))
                return Response.redirect(to: Route.decisions.path)
            } catch let failure as ValidationFailure {
                return try await minutesForm(posted, errors: failure.errors, request, context, signedIn)
            }
        }
        router.on(.get, Route.recordDecision) { request, context, _ in
            form(FormData(fields: ["meetingDate": [LocalDate(Date()).description]]), errors: [], request, context)
        }
        router.on(.post, Route.recordDecision) { request, context, signedIn in
            var request = request
            let posted = try await request.form()
            do {
                guard let draft = try DecisionForm.draft(posted) else {
                    throw ValidationFailure([.init("decision", .required)])
                }
                _ = try await signedIn.stores.decisions.record(draft, by: signedIn.user)
                return Response.redirect(to: Route.decisions.path)
            } catch let failure as ValidationFailure {
                return form(posted, errors: failure.errors, request, context)
            }
        }
    }

    func minutesForm(
        _ values: FormData, errors: [FieldError], _ request: Request, _ context: AppRequestContext,
        _ signedIn: SignedInUser
    ) async throws -> Response {
        let texts = renderer.texts(context)
        let fields = MinutesForm.fields(
            values, organisations: try await signedIn.stores.organisations.all().filter(\.active), texts: texts
        ).with(errors: errors, texts: texts)
        return renderer.page(
            "work-form", title: texts["minutes_title"],
            page: WorkFormPage(
                intro: texts["minutes_intro"], action: Route.meetingMinutes.path, cancelHref: Route.decisions.path,
                version: nil, fields: fields.map(\.model), errorSummary: fields.errorSummary),
            request: request, context: context, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func form(_ values: FormData, errors: [FieldError], _ request: Request, _ context: AppRequestContext) -> Response {
        let texts = renderer.texts(context)
        let fields = [
            FormField(
                name: "forum", label: texts["decision_forum"], kind: .select,
                options: Decision.Forum.allCases.map {
                    .init(
                        value: $0.rawValue, label: texts["forum_\($0.rawValue)"],
                        selected: $0.rawValue == values["forum"])
                }, required: true),
            FormField(
                name: "meetingDate", label: texts["decision_meeting_date"], kind: .date, value: values["meetingDate"],
                required: true),
            FormField(name: "decision", label: texts["decision_text"], kind: .textarea, value: values["decision"]),
        ].with(errors: errors, texts: texts)
        return renderer.page(
            "work-form", title: texts["decision_new_title"],
            page: WorkFormPage(
                intro: texts["decision_new_intro"], action: Route.recordDecision.path, cancelHref: Route.decisions.path,
                version: nil, fields: fields.map(\.model), errorSummary: fields.errorSummary),
            request: request, context: context, status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}

/// A group meeting named by its forum and day.
struct MeetingKey: Hashable {
    var forum: Decision.Forum
    var date: LocalDate
}

/// The minutes form: forum and day, the organisations present, notes.
enum MinutesForm {
    static func read(_ form: FormData) throws -> GroupMeeting {
        var errors: [FieldError] = []
        let forum = Decision.Forum(rawValue: form["forum"])
        if forum == nil { errors.append(.init("forum", form["forum"].isEmpty ? .required : .unknown)) }
        let date = LocalDate(form["meetingDate"])
        if date == nil { errors.append(.init("meetingDate", form["meetingDate"].isEmpty ? .required : .invalidDate)) }
        guard errors.isEmpty, let forum, let date else { throw ValidationFailure(errors) }
        return GroupMeeting(forum: forum, date: date, participants: form.all("participants"), notes: form["notes"])
    }

    static func fields(_ form: FormData, organisations: [Organisation], texts: Texts) -> [FormField] {
        [
            FormField(
                name: "forum", label: texts["decision_forum"], kind: .select,
                options: Decision.Forum.allCases.map {
                    .init(
                        value: $0.rawValue, label: texts["forum_\($0.rawValue)"], selected: $0.rawValue == form["forum"]
                    )
                }, required: true),
            FormField(
                name: "meetingDate", label: texts["decision_meeting_date"], kind: .date, value: form["meetingDate"],
                required: true),
            FormField(
                name: "participants", label: texts["meeting_participants"], kind: .checkboxes,
                options: organisations.map {
                    .init(value: $0.code, label: $0.name, selected: form.all("participants").contains($0.code))
                }),
            FormField(name: "notes", label: texts["minutes_notes"], kind: .textarea, value: form["notes"]),
        ]
    }
}
