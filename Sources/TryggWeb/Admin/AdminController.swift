import Foundation
import Hummingbird
import TryggCore

/// Registers the coordinator's list, create, edit and (de)activate pages for one resource.
struct AdminController<Resource: AdminResource> {
    let renderer: PageRenderer
    let collection: Route.AdminCollection
    /// Builds the resource for the signed-in coordinator's municipality.
    let resource: @Sendable (SignedInUser) -> Resource

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, .admin(collection)) { request, context, signedIn in
            try await list(request, context, resource(signedIn))
        }
        router.on(.get, .adminNew(collection)) { request, context, signedIn in
            let resource = resource(signedIn)
            return try await form(request, context, resource, draft: resource.emptyDraft(), id: nil, errors: [])
        }
        router.on(.post, .adminNew(collection)) { request, context, signedIn in
            try await save(request, context, resource(signedIn), id: nil)
        }
        router.on(.get, .adminEdit(collection, .key)) { request, context, signedIn in
            let resource = resource(signedIn)
            let id = try context.id()
            guard let item = try await resource.find(id) else { throw AppError.notFound }
            return try await form(request, context, resource, draft: resource.draft(from: item), id: id, errors: [])
        }
        router.on(.post, .adminEdit(collection, .key)) { request, context, signedIn in
            try await save(request, context, resource(signedIn), id: context.id())
        }
        router.on(.post, .adminActive(collection, .key)) { request, context, signedIn in
            var request = request
            let active = try await request.form()["active"] == "true"
            try await resource(signedIn).setActive(try context.id(), active)
            return Response.redirect(to: Route.admin(collection).with(query: [("saved", "1")]))
        }
    }

    func list(_ request: Request, _ context: AppRequestContext, _ resource: Resource) async throws -> Response {
        let texts = renderer.texts(context)
        let rows = try await resource.items().map { item in
            let active = resource.isActive(item)
            return AdminListPage.Row(
                cells: zip(resource.columns(texts: texts), resource.cells(for: item, texts: texts)).map {
                    .init(label: $0, text: $1)
                },
                editHref: Route.adminEdit(collection, .value(item.id)).path,
                activationHref: Route.adminActive(collection, .value(item.id)).path,
                active: active, nextActive: active ? "false" : "true",
                toggleLabel: texts[active ? "admin_deactivate" : "admin_activate"],
                status: texts[active ? "admin_status_active" : "admin_status_inactive"],
                rowLabel: resource.cells(for: item, texts: texts).first ?? "",
                actions: resource.rowActions(for: item).map { .init(href: $0.href, label: texts[$0.labelKey]) }
            )
        }
        let page = AdminListPage(
            intro: texts["\(resource.name)_intro"], newHref: Route.adminNew(collection).path,
            newLabel: texts["\(resource.name)_new"],
            columns: resource.columns(texts: texts), rows: rows, saved: request.uri.queryParameters["saved"] != nil,
            extra: resource.extraLink.map { .init(href: $0.href, label: texts[$0.labelKey]) }
        )
        return renderer.page(
            "admin-list", title: texts["\(resource.name)_title"], page: page, request: request, context: context)
    }

    func save(
        _ request: Request, _ context: AppRequestContext, _ resource: Resource, id: UUID?
    ) async throws -> Response {
        var request = request
        let draft = resource.draft(from: try await request.form())
        do {
            if let id {
                guard try await resource.find(id) != nil else { throw AppError.notFound }
                try await resource.update(id, with: draft)
            } else {
                _ = try await resource.create(draft)
            }
        } catch let failure as ValidationFailure {
            return try await form(request, context, resource, draft: draft, id: id, errors: failure.errors)
        }
        return Response.redirect(to: Route.admin(collection).with(query: [("saved", "1")]))
    }

    func form(
        _ request: Request, _ context: AppRequestContext, _ resource: Resource, draft: Resource.Draft, id: UUID?,
        errors: [FieldError]
    ) async throws -> Response {
        let texts = renderer.texts(context)
        let fields = try await resource.fields(for: draft, creating: id == nil, texts: texts).with(
            errors: errors, texts: texts)
        let title = texts["\(resource.name)_\(id == nil ? "new" : "edit")"]
        let page = AdminFormPage(
            action: id.map { Route.adminEdit(collection, .value($0)).path } ?? Route.adminNew(collection).path,
            cancelHref: Route.admin(collection).path, fields: fields.map(\.model), errorSummary: fields.errorSummary
        )
        return renderer.page(
            "admin-form", title: title, page: page, request: request, context: context,
            status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}

/// A collection's list: one row per item with its cells, edit link and (de)activation.
struct AdminListPage: Sendable {
    struct Cell: Sendable {
        var label: String
        var text: String
    }

    struct Link: Sendable {
        var href: String
        var label: String
    }

    struct Row: Sendable {
        var cells: [Cell]
        var editHref: String
        var activationHref: String
        var active: Bool
        var nextActive: String
        var toggleLabel: String
        var status: String
        var rowLabel: String
        var actions: [Link]
    }

    var intro: String
    var newHref: String
    var newLabel: String
    var columns: [String]
    var rows: [Row]
    var saved: Bool
    var extra: Link?
}

/// One item's form, new or existing.
struct AdminFormPage: Sendable {
    var action: String
    var cancelHref: String
    var fields: [FormFieldModel]
    var errorSummary: [FormErrorSummaryItem]
    var saved = false
}
