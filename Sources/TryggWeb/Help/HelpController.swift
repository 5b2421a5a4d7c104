import Foundation
import Hummingbird
import TryggCore

/// Help in the product: for each role the user holds, what the work is and how it is done in Trygg, step by
/// step, with links to the pages; then the methods page for the analyses.
struct HelpController {
    let renderer: PageRenderer

    struct Section: Sendable {
        var role: String
        var heading: String
        var steps: [String]
        var links: [StartPage.Link]
    }

    struct Page: Sendable {
        var intro: String
        var sections: [Section]
        var methodsHref: String
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, .help) { request, context, signedIn in
            let texts = renderer.texts(context)
            let sections = signedIn.user.sortedRoles.map { role in
                Section(
                    role: role.rawValue, heading: texts["home_\(role.rawValue)_heading"],
                    steps: texts["help_\(role.rawValue)"].split(separator: "\n").map(String.init),
                    links: links(role, texts))
            }
            return renderer.page(
                "help", title: texts["help_title"],
                page: Page(intro: texts["help_intro"], sections: sections, methodsHref: Route.methods.path),
                request: request, context: context)
        }
    }

    func links(_ role: Role, _ texts: Texts) -> [StartPage.Link] {
        switch role {
        case .reporter:
            [
                .init(href: Route.newReport.path, label: texts["nav_new_report"]),
                .init(href: Route.reports.path, label: texts["nav_my_reports"]),
            ]
        case .reviewer: [.init(href: Route.meetings.path, label: texts["nav_meeting"])]
        case .analyst:
            [
                .init(href: Route.analysis.path, label: texts["nav_analysis"]),
                .init(href: Route.methods.path, label: texts["methods_link"]),
            ]
        case .reader:
            [
                .init(href: Route.weeks.path, label: texts["nav_weeks"]),
                .init(href: Route.map.path, label: texts["nav_map"]),
            ]
        case .coordinator:
            [
                .init(href: Route.admin(.users).path, label: texts["nav_users"]),
                .init(href: Route.admin(.indicators).path, label: texts["nav_indicators"]),
                .init(href: Route.areasImport.path, label: texts["areas_import_link"]),
            ]
        }
    }
}
