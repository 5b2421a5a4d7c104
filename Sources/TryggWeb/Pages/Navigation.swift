import TryggCore

/// The main menu: what each role may open.
enum Navigation {
    static func items(for user: User, texts: Texts, currentPath: String) -> [[String: Any]] {
        var items: [(String, String)] = [(SitePath.home, texts["nav_home"])]
        if user.can(.report) { items.append((SitePath.newReport, texts["nav_new_report"])) }
        items.append((SitePath.reports, texts[user.can(.review) || user.can(.analyse) ? "nav_reports" : "nav_my_reports"]))
        if user.can(.review) { items.append((SitePath.meetings, texts["nav_meeting"])) }
        if user.can(.analyse) { items.append((SitePath.analysis, texts["nav_analysis"])) }
        items.append((SitePath.weeks, texts["nav_weeks"]))
        items.append((SitePath.map, texts["nav_map"]))
        if user.can(.administer) {
            items += [
                (SitePath.adminUsers, texts["nav_users"]),
                (SitePath.adminOrganisations, texts["nav_organisations"]),
                (SitePath.adminIndicators, texts["nav_indicators"]),
                (SitePath.adminAreas, texts["nav_areas"]),
                (SitePath.adminMunicipality, texts["nav_municipality"]),
            ]
        }
        items.append((SitePath.notices, texts["nav_notices"]))
        items.append((SitePath.tokens, texts["nav_tokens"]))
        items.append((SitePath.password, texts["nav_password"]))
        items.append((SitePath.help, texts["nav_help"]))
        return items.map { path, label in
            let current = path == SitePath.home || path == SitePath.reports ? currentPath == path : currentPath.hasPrefix(path)
            return ["href": path, "label": label, "current": current]
        }
    }
}
