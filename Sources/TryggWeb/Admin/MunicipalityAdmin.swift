import Hummingbird
import TryggCore
import TryggStore

/// The coordinator renames the municipality (set from `TRYGG_MUNICIPALITY` at first start).
struct MunicipalityAdmin {
    let renderer: PageRenderer

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, Route.municipality) { request, context, signedIn in
            return form(
                request, context, name: signedIn.municipality.name, errors: [],
                saved: request.uri.queryParameters["saved"] != nil)
        }
        router.on(.post, Route.municipality) { request, context, signedIn in
            var request = request
            let name = try await request.form()["name"]
            do {
                try await signedIn.stores.municipalities.rename(signedIn.municipality.id, to: name)
            } catch let failure as ValidationFailure {
                return form(request, context, name: name, errors: failure.errors, saved: false)
            }
            return Response.redirect(to: Route.municipality.path + "?saved=1")
        }
    }

    func form(
        _ request: Request, _ context: AppRequestContext, name: String, errors: [FieldError], saved: Bool
    ) -> Response {
        let texts = renderer.texts(context)
        let fields = [FormField(name: "name", label: texts["catalogue_name"], value: name, required: true)]
            .with(errors: errors, texts: texts)
        return renderer.page(
            "admin-form", title: texts["municipality_title"],
            page: AdminFormPage(
                action: Route.municipality.path, cancelHref: Route.home.path, fields: fields.map(\.model),
                errorSummary: fields.errorSummary, saved: saved),
            request: request, context: context, status: errors.isEmpty ? .ok : .unprocessableContent
        )
    }
}
