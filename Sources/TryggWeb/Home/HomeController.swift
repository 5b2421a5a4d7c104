import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The start page: one section per role the user holds, with that role's tasks.
struct HomeController {
    let renderer: PageRenderer
    let mailConfigured: Bool

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, .home) { request, context, signedIn in
            let texts = renderer.texts(context)
            let page = try await StartPageBuilder(
                texts: texts, signedIn: signedIn, mailConfigured: mailConfigured
            ).build()
            return renderer.page("home", title: texts["home_title"], page: page, request: request, context: context)
        }
    }
}
