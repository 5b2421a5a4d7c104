import TryggCore

/// The main menu: what each role may open.
enum Navigation {
    static func items(for user: User, texts: Texts, currentPath: String) -> [SiteLinks.NavItem] {
        var items: [(String, String)] = [(Route.home.path, texts["nav_home"])]
        if user.can(.report) { items.append((Route.newReport.path, texts["nav_new_report"])) }
        items.append(
            // The list shows what the person's scope holds: only a reporter's is their own reports.
            (Route.reports.path, texts[ReportScope.of(user).isOwn ? "nav_my_reports" : "nav_reports"]))
        if user.can(.review) { items.append((Route.meetings.path, texts["nav_meeting"])) }
        if user.can(.analyse) { items.append((Route.analysis.path, texts["nav_analysis"])) }
        items.append((Route.problems.path, texts["nav_problems"]))
        items.append((Route.measures.path, texts["nav_measures"]))
        items.append((Route.workingGroups.path, texts["nav_groups"]))
        items.append((Route.steering.path, texts["nav_steering"]))
        items.append((Route.weeks.path, texts["nav_weeks"]))
        items.append((Route.map.path, texts["nav_map"]))
        if user.can(.administer) {
            items += [
                (Route.admin(.users).path, texts["nav_users"]),
                (Route.admin(.organisations).path, texts["nav_organisations"]),
                (Route.admin(.indicators).path, texts["nav_indicators"]),
                (Route.admin(.areas).path, texts["nav_areas"]),
                (Route.municipality.path, texts["nav_municipality"]),
            ]
        }
        items.append((Route.notices.path, texts["nav_notices"]))
        items.append((Route.tokens.path, texts["nav_tokens"]))
        items.append((Route.password.path, texts["nav_password"]))
        items.append((Route.help.path, texts["nav_help"]))
        return items.map { path, label in
            let current =
                path == Route.home.path || path == Route.reports.path
                ? currentPath == path : currentPath.hasPrefix(path)
            return SiteLinks.NavItem(href: path, label: label, current: current)
        }
    }
}
