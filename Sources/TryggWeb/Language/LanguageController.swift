import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The language switch: a plain link, so it works without JavaScript; a signed-in user's choice is kept for their e-mails.
struct LanguageController {

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, .language(.key)) { request, context in
            guard let code = context.parameters.get("code"), let language = Language(rawValue: code) else {
                throw AppError.notFound
            }
            // A signed-in user's choice is also the language of their e-mails.
            if let signedIn = context.identity {
                try await signedIn.stores.notices.setLanguage(
                    of: signedIn.user.id, language)
            }
            var response = Response.redirect(to: LocalLink.safe(request.uri.queryParameters["back"].map(String.init)))
            response.setCookie(
                .init(
                    name: LanguageMiddleware.cookieName, value: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                    httpOnly: true, sameSite: .lax
                ))
            return response
        }
    }
}
