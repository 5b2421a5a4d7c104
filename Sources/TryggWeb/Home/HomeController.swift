import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The start page: one section per role the user holds, with that role's tasks.
struct HomeController {
    let database: TryggDatabase
    let renderer: PageRenderer
    let mailConfigured: Bool

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, .home) { request, context, signedIn in
            let texts = renderer.texts(context)
            let page = try await StartPageBuilder(database: database, texts: texts, signedIn: signedIn, mailConfigured: mailConfigured).build()
            return renderer.page("home", title: texts["home_title"], page: page, request: request, context: context)
        }
    }
}

/// The language switch (a plain link, so it works without JavaScript) and the stylesheet.
struct LanguageController {
    let database: TryggDatabase

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, .language(.key)) { request, context in
            guard let code = context.parameters.get("code"), let language = Language(rawValue: code) else {
                throw AppError.notFound
            }
            // A signed-in user's choice is also the language of their e-mails.
            if let signedIn = context.identity {
                try await NoticeStore(database, municipalityID: signedIn.municipality.id).setLanguage(of: signedIn.user.id, language)
            }
            var response = Response.redirect(to: LocalLink.safe(request.uri.queryParameters["back"].map(String.init)))
            response.setCookie(.init(
                name: LanguageMiddleware.cookieName, value: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                httpOnly: true, sameSite: .lax
            ))
            return response
        }
        router.on(.get, .stylesheet) { _, _ in StaticFiles.response(StaticFiles.css, type: "text/css") }
        router.on(.get, .script(.placePicker)) { _, _ in StaticFiles.response(StaticFiles.pickerScript, type: "text/javascript") }
        router.on(.get, .script(.map)) { _, _ in StaticFiles.response(StaticFiles.mapScript, type: "text/javascript") }
        router.on(.get, .script(.reportForm)) { _, _ in StaticFiles.response(StaticFiles.reportFormScript, type: "text/javascript") }
    }
}
