import Foundation
import Hummingbird
import TryggCore

/// The start page: one section per role the user holds, with that role's tasks.
struct HomeController {
    let renderer: PageRenderer

    func register(on router: RouterGroup<AppRequestContext>) {
        router.get(RouterPath(SitePath.home)) { request, context in try start(request, context) }
    }

    func start(_ request: Request, _ context: AppRequestContext) throws -> Response {
        let signedIn = try context.requireUser()
        let texts = renderer.texts(context)
        let sections = signedIn.user.sortedRoles.map { role -> [String: Any] in
            let links = links(for: role, texts: texts)
            return [
                "role": role.rawValue,
                "heading": texts["home_\(role.rawValue)_heading"],
                "text": texts["home_\(role.rawValue)_text"],
                "links": links,
                "hasLinks": !links.isEmpty,
            ]
        }
        return renderer.page(
            "home", title: texts["home_title"],
            content: ["greeting": texts["home_greeting"].replacingOccurrences(of: "{name}", with: signedIn.user.displayName),
                      "sections": sections],
            request: request, context: context
        )
    }

    /// The tasks each role comes for, first in the order they are done.
    private func links(for role: Role, texts: Texts) -> [[String: String]] {
        switch role {
        case .coordinator:
            [
                ["href": SitePath.adminUsers, "label": texts["nav_users"]],
                ["href": SitePath.adminOrganisations, "label": texts["nav_organisations"]],
                ["href": SitePath.adminIndicators, "label": texts["nav_indicators"]],
                ["href": SitePath.adminAreas, "label": texts["nav_areas"]],
            ]
        case .reporter:
            [["href": SitePath.newReport, "label": texts["nav_new_report"]], ["href": SitePath.reports, "label": texts["nav_my_reports"]]]
        case .reviewer:
            [["href": SitePath.reports, "label": texts["nav_reports"]]]
        case .analyst:
            [
                ["href": SitePath.month(String(LocalTime.day(ISOWeek.calendar.date(byAdding: .month, value: -1, to: Date())!).prefix(7))),
                 "label": texts["home_last_month"]],
                ["href": SitePath.analysis + "/hotspots", "label": texts["analysis_hotspots_title"]],
                ["href": SitePath.analysis + "/emerging", "label": texts["analysis_emerging_title"]],
                ["href": SitePath.analysis + "/trends", "label": texts["analysis_trends_title"]],
            ]
        case .reader:
            [["href": SitePath.map, "label": texts["nav_map"]]]
        }
    }
}

/// The language switch (a plain link, so it works without JavaScript) and the stylesheet.
struct LanguageController {
    func register(on router: RouterGroup<AppRequestContext>) {
        router.get(RouterPath("\(SitePath.language)/:code")) { request, context in
            guard let code = context.parameters.get("code"), let language = Language(rawValue: code) else {
                throw AppError.notFound
            }
            var response = Response.redirect(to: SitePath.safeLocal(request.uri.queryParameters["back"].map(String.init)))
            response.setCookie(.init(
                name: LanguageMiddleware.cookieName, value: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                httpOnly: true, sameSite: .lax
            ))
            return response
        }
        router.get(RouterPath(SitePath.stylesheet)) { _, _ in StaticFiles.response(StaticFiles.css, type: "text/css") }
        router.get(RouterPath(SitePath.pickerScript)) { _, _ in StaticFiles.response(StaticFiles.pickerScript, type: "text/javascript") }
        router.get(RouterPath(SitePath.reportFormScript)) { _, _ in StaticFiles.response(StaticFiles.reportFormScript, type: "text/javascript") }
    }
}
