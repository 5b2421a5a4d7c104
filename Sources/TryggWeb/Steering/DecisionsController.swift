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
        var meetings: [Meeting]

        struct Meeting: Sendable {
            var heading: String
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
            var meetings: [Page.Meeting] = []
            for decision in decisions {
                let heading = texts["forum_\(decision.forum.rawValue)"] + " " + decision.meetingDate.description
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
                if meetings.last?.heading == heading {
                    meetings[meetings.count - 1].decisions.append(line)
                } else {
                    meetings.append(Page.Meeting(heading: heading, decisions: [line]))
                }
            }
            return renderer.page(
                "decisions", title: texts["decisions_title"],
                page: Page(
                    intro: texts["decisions_intro"],
                    newHref: signedIn.user.can(.decide) ? Route.recordDecision.path : nil, meetings: meetings),
                request: request, context: context)
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
