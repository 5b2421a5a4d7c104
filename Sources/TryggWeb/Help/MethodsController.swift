import Foundation
import Hummingbird
import TryggCore

/// How the analyses work, in plain Swedish first and the exact method second: the page every analysis
/// and the monthly picture link to, so no page points at files in the source repository.
struct MethodsController {
    let renderer: PageRenderer

    struct Section: Sendable {
        var id: String
        var title: String
        var about: String
        var method: String?
    }

    struct Page: Sendable {
        var intro: String
        var sections: [Section]
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, .methods) { request, context, _ in
            let texts = renderer.texts(context)
            let sections =
                AnalysisKind.allCases.map { kind in
                    Section(
                        id: kind.rawValue, title: texts["analysis_\(kind.rawValue)_title"],
                        about: texts["analysis_\(kind.rawValue)_about"],
                        method: texts["analysis_\(kind.rawValue)_method"])
                } + [
                    Section(
                        id: "month", title: texts["methods_month_title"], about: texts["methods_month_about"],
                        method: nil)
                ]
            return renderer.page(
                "methods", title: texts["methods_title"], page: Page(intro: texts["methods_intro"], sections: sections),
                request: request, context: context
            )
        }
    }
}
