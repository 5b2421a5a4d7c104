import Foundation
import Hummingbird
import TryggCore

/// `/api/v1/admin/{users|organisations|indicators|areas}`: what the coordinator's pages do, for scripts. An
/// item's `values` are its form's fields by name — the same names, rules and error messages as the page —
/// so a script reads an item, changes a value and writes it back.
struct AdminAPI<Resource: AdminResource> {
    let collection: Route.AdminCollection
    let catalogue: StringCatalogue
    let resource: @Sendable (SignedInUser) -> Resource

    struct ItemJSON: Encodable {
        var id: UUID
        var active: Bool
        var values: [String: FieldValue]
    }

    struct Body: Decodable {
        var values: [String: FieldValue]
    }

    struct Activation: Decodable {
        var active: Bool
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, APIRoute.collection(collection)) { _, context, signedIn in
            let resource = resource(signedIn)
            var items: [ItemJSON] = []
            for item in try await resource.items() { items.append(try await json(item, resource, context)) }
            return try JSONResponse.make(items)
        }
        router.on(.get, APIRoute.item(collection, .key)) { _, context, signedIn in
            let resource = resource(signedIn)
            guard let item = try await resource.find(try context.id()) else { throw AppError.notFound }
            return try JSONResponse.make(try await json(item, resource, context))
        }
        router.on(.post, APIRoute.collection(collection)) { request, context, signedIn in
            let resource = resource(signedIn)
            var request = request
            let draft = resource.draft(from: form(try await request.json(Body.self)))
            let id = try await resource.create(draft)
            guard let item = try await resource.find(id) else { throw AppError.notFound }
            return try JSONResponse.make(try await json(item, resource, context), status: .created)
        }
        router.on(.put, APIRoute.item(collection, .key)) { request, context, signedIn in
            let resource = resource(signedIn)
            let id = try context.id()
            guard try await resource.find(id) != nil else { throw AppError.notFound }
            var request = request
            try await resource.update(id, with: resource.draft(from: form(try await request.json(Body.self))))
            guard let item = try await resource.find(id) else { throw AppError.notFound }
            return try JSONResponse.make(try await json(item, resource, context))
        }
        router.on(.post, APIRoute.activation(collection, .key)) { request, context, signedIn in
            let resource = resource(signedIn)
            let id = try context.id()
            guard try await resource.find(id) != nil else { throw AppError.notFound }
            var request = request
            try await resource.setActive(id, try await request.json(Activation.self).active)
            guard let item = try await resource.find(id) else { throw AppError.notFound }
            return try JSONResponse.make(try await json(item, resource, context))
        }
    }

    /// The body as the form would have posted it: a field left out keeps what an empty form field means.
    func form(_ body: Body) -> FormData {
        FormData(json: body.values)
    }

    func json(_ item: Resource.Item, _ resource: Resource, _ context: AppRequestContext) async throws -> ItemJSON {
        let texts = Texts(catalogue: catalogue, language: context.language)
        let fields = try await resource.fields(for: resource.draft(from: item), creating: false, texts: texts)
        var values: [String: FieldValue] = [:]
        for field in fields where field.kind != .password {
            switch field.kind {
            case .checkbox: values[field.name] = FieldValue.flag(field.checked)
            case .checkboxes: values[field.name] = FieldValue.choices(field.options.filter(\.selected).map(\.value))
            case .select:
                values[field.name] = FieldValue.text(field.options.first(where: \.selected)?.value ?? field.value)
            default: values[field.name] = FieldValue.text(field.value)
            }
        }
        return ItemJSON(id: item.id, active: resource.isActive(item), values: values)
    }
}
