import Foundation
import Hummingbird
import TryggCore

/// Registers the coordinator's list, create, edit and (de)activate pages for one resource.
struct AdminController<Resource: AdminResource> {
    let renderer: PageRenderer
    let path: String
    /// Builds the resource for the signed-in coordinator's municipality.
    let resource: @Sendable (SignedInUser) -> Resource

    func register(on router: RouterGroup<AppRequestContext>) {
        router.get(RouterPath(path)) { request, context in try await list(request, context) }
        router.get(RouterPath(SitePath.new(path))) { request, context in
            let resource = try resource(context.require(.administer))
            return try await form(request, context, resource, draft: resource.emptyDraft(), id: nil, errors: [])
        }
        router.post(RouterPath(SitePath.new(path))) { request, context in try await save(request, context, id: nil) }
        router.get(RouterPath("\(path)/:id/edit")) { request, context in
            let resource = try resource(context.require(.administer))
            let id = try Self.id(context)
            guard let item = try await resource.find(id) else { throw AppError.notFound }
            return try await form(request, context, resource, draft: resource.draft(from: item), id: id, errors: [])
        }
        router.post(RouterPath("\(path)/:id/edit")) { request, context in try await save(request, context, id: Self.id(context)) }
        router.post(RouterPath("\(path)/:id/active")) { request, context in
            let resource = try resource(context.require(.administer))
            var request = request
            let active = try await request.form()["active"] == "true"
            try await resource.setActive(try Self.id(context), active)
            return Response.redirect(to: path + "?saved=1")
        }
    }

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let resource = try resource(context.require(.administer))
        let texts = renderer.texts(context)
        let rows = try await resource.items().map { item -> [String: Any] in
            [
                "cells": zip(resource.columns(texts: texts), resource.cells(for: item, texts: texts)).map { ["label": $0, "text": $1] },
                "editHref": SitePath.edit(path, item.id),
                "activationHref": SitePath.activation(path, item.id),
                "active": resource.isActive(item),
                "nextActive": resource.isActive(item) ? "false" : "true",
                "toggleLabel": texts[resource.isActive(item) ? "admin_deactivate" : "admin_activate"],
                "status": texts[resource.isActive(item) ? "admin_status_active" : "admin_status_inactive"],
                "rowLabel": resource.cells(for: item, texts: texts).first ?? "",
                "actions": resource.rowActions(for: item).map { ["href": $0.href, "label": texts[$0.labelKey]] },
            ]
        }
        return renderer.page(
            "admin-list", title: texts["\(resource.name)_title"],
            content: [
                "intro": texts["\(resource.name)_intro"], "newHref": SitePath.new(path),
                "newLabel": texts["\(resource.name)_new"], "columns": resource.columns(texts: texts),
                "rows": rows, "saved": request.uri.queryParameters["saved"] != nil,
                "extraHref": resource.extraLink?.href as Any, "extraLabel": resource.extraLink.map { texts[$0.labelKey] } as Any,
            ],
            request: request, context: context
        )
    }

    func save(_ request: Request, _ context: AppRequestContext, id: UUID?) async throws -> Response {
        let resource = try resource(context.require(.administer))
        var request = request
        let draft = resource.draft(from: try await request.form())
        do {
            if let id {
                guard try await resource.find(id) != nil else { throw AppError.notFound }
                try await resource.update(id, with: draft)
            } else {
                try await resource.create(draft)
            }
        } catch let failure as ValidationFailure {
            return try await form(request, context, resource, draft: draft, id: id, errors: failure.errors)
        }
        return Response.redirect(to: path + "?saved=1")
    }

    func form(
        _ request: Request, _ context: AppRequestContext, _ resource: Resource, draft: Resource.Draft, id: UUID?,
        errors: [FieldError]
    ) async throws -> Response {
        let texts = renderer.texts(context)
        let fields = try await resource.fields(for: draft, creating: id == nil, texts: texts).with(errors: errors, texts: texts)
        let title = texts["\(resource.name)_\(id == nil ? "new" : "edit")"]
        return renderer.page(
            "admin-form", title: title,
            content: [
                "action": id.map { SitePath.edit(path, $0) } ?? SitePath.new(path), "cancelHref": path,
                "fields": fields.map(\.model), "hasErrors": !errors.isEmpty,
                "errorSummary": fields.errorSummary,
            ],
            request: request, context: context, status: errors.isEmpty ? .ok : .unprocessableContent
        )
    }

    static func id(_ context: AppRequestContext) throws -> UUID {
        guard let text = context.parameters.get("id"), let id = UUID(uuidString: text) else { throw AppError.notFound }
        return id
    }
}
