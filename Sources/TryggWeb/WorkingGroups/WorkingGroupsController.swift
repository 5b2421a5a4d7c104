import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// Working groups: the list, appointing one (with the decision that does it), its page with its mandate,
/// members and problems, and changing it.
struct WorkingGroupsController {
    let renderer: PageRenderer

    struct ListPage: Sendable {
        var intro: String
        var newHref: String?
        var groups: [Line]

        struct Line: Sendable {
            var name: String
            var href: String
            var convenor: String
            var members: Int
            var status: String
            var problems: Int
        }
    }

    struct GroupPage: Sendable {
        var name: String
        var status: String
        var mandate: String
        var convenor: String
        var members: [String]
        var problems: [ProblemPage.MeasureLine]
        var editHref: String?
        var decision: String?
        var history: [HistoryLine]
        var listHref: String
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, Route.workingGroups) { request, context, signedIn in
            let texts = renderer.texts(context)
            let stores = signedIn.stores
            let people = try await Self.people(stores)
            let problems = try await stores.problems.all()
            let lines = try await stores.workingGroups.all().map { group in
                ListPage.Line(
                    name: group.name, href: Route.workingGroup(.value(group.id)).path,
                    convenor: people[group.convenorID] ?? "?", members: group.memberIDs.count + 1,
                    status: texts["group_status_\(group.status.rawValue)"],
                    problems: problems.filter { $0.workingGroupID == group.id }.count)
            }
            return renderer.page(
                "working-groups", title: texts["groups_title"],
                page: ListPage(
                    intro: texts["groups_intro"],
                    newHref: signedIn.user.can(.decide) ? Route.newWorkingGroup.path : nil, groups: lines),
                request: request, context: context)
        }
        router.on(.get, Route.newWorkingGroup) { request, context, signedIn in
            try await form(
                FormData(fields: ["meetingDate": [LocalDate(Date()).description], "status": ["active"]]), id: nil,
                errors: [], request, context, signedIn)
        }
        router.on(.post, Route.newWorkingGroup) { request, context, signedIn in
            var request = request
            let posted = try await request.form()
            do {
                let draft = try WorkingGroupForm.read(posted).get()
                let group = try await signedIn.stores.workingGroups.create(
                    draft, decision: try DecisionForm.draft(posted), by: signedIn.user)
                return Response.redirect(to: Route.workingGroup(.value(group.id)).path)
            } catch let failure as ValidationFailure {
                return try await form(posted, id: nil, errors: failure.errors, request, context, signedIn)
            }
        }
        router.on(.get, Route.workingGroup(.key)) { request, context, signedIn in
            try await page(try context.id(), request, context, signedIn)
        }
        router.on(.get, Route.editWorkingGroup(.key)) { request, context, signedIn in
            let id = try context.id()
            guard let group = try await signedIn.stores.workingGroups.find(id) else { throw AppError.notFound }
            return try await form(WorkingGroupForm.values(group), id: id, errors: [], request, context, signedIn)
        }
        router.on(.post, Route.editWorkingGroup(.key)) { request, context, signedIn in
            let id = try context.id()
            var request = request
            let posted = try await request.form()
            do {
                let draft = try WorkingGroupForm.read(posted).get()
                _ = try await signedIn.stores.workingGroups.update(
                    id, draft, expectedVersion: Int(posted["version"]), by: signedIn.user)
                return Response.redirect(to: Route.workingGroup(.value(id)).path)
            } catch let failure as ValidationFailure {
                return try await form(posted, id: id, errors: failure.errors, request, context, signedIn)
            } catch StoreError.conflict {
                return try await form(
                    posted, id: id, errors: [.init("version", .changedMeanwhile)], request, context, signedIn)
            }
        }
    }

    static func people(_ stores: MunicipalityStores) async throws -> [UUID: String] {
        let organisations = Dictionary(
            uniqueKeysWithValues: try await stores.organisations.all().map { ($0.id, $0.name) })
        return Dictionary(
            uniqueKeysWithValues: try await stores.users.all().map {
                ($0.id, $0.displayName + (organisations[$0.organisationID].map { ", \($0)" } ?? ""))
            })
    }

    func page(
        _ id: UUID, _ request: Request, _ context: AppRequestContext, _ signedIn: SignedInUser
    ) async throws
        -> Response
    {
        let texts = renderer.texts(context)
        let stores = signedIn.stores
        guard let group = try await stores.workingGroups.find(id) else { throw AppError.notFound }
        let people = try await Self.people(stores)
        var decision: Decision?
        if let id = group.decisionID { decision = try await stores.decisions.find(id) }
        let model = GroupPage(
            name: group.name, status: texts["group_status_\(group.status.rawValue)"], mandate: group.mandate,
            convenor: people[group.convenorID] ?? "?", members: group.memberIDs.map { people[$0] ?? "?" },
            problems: try await stores.problems.all().filter { $0.workingGroupID == id }.map {
                ProblemPage.MeasureLine(
                    title: "\($0.code) \($0.title)", href: Route.problem(.value($0.id)).path,
                    status: texts["problem_status_\($0.status.rawValue)"], late: false)
            },
            editHref: signedIn.user.can(.decide) ? Route.editWorkingGroup(.value(id)).path : nil,
            decision: decision.map {
                texts["forum_\($0.forum.rawValue)"] + " \($0.meetingDate) §\($0.paragraph): \($0.text)"
            },
            history: try await stores.workingGroups.history.entries(id).reversed().map {
                HistoryLine.make($0, people: people, texts: texts)
            },
            listHref: Route.workingGroups.path)
        return renderer.page("working-group", title: group.name, page: model, request: request, context: context)
    }

    func form(
        _ values: FormData, id: UUID?, errors: [FieldError], _ request: Request, _ context: AppRequestContext,
        _ signedIn: SignedInUser
    ) async throws -> Response {
        let texts = renderer.texts(context)
        let stores = signedIn.stores
        let organisations = Dictionary(
            uniqueKeysWithValues: try await stores.organisations.all().map { ($0.id, $0.name) })
        let fields = WorkingGroupForm.fields(
            values, users: try await stores.users.all(), organisations: organisations, creating: id == nil, texts: texts
        ).with(errors: errors, texts: texts)
        return renderer.page(
            "work-form", title: texts[id == nil ? "group_new_title" : "group_edit_title"],
            page: WorkFormPage(
                intro: texts["group_form_intro"],
                action: id.map { Route.editWorkingGroup(.value($0)).path } ?? Route.newWorkingGroup.path,
                cancelHref: id.map { Route.workingGroup(.value($0)).path } ?? Route.workingGroups.path,
                version: id == nil ? nil : Int(values["version"]), fields: fields.map(\.model),
                errorSummary: fields.errorSummary),
            request: request, context: context, status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
