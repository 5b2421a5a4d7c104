import Mustache

/// What the layout around every page shows — language, the signed-in person, their menu, the site's links —
/// and the page's own model, already formatted for the reader.
struct Layout<Page: Sendable>: Sendable {
    var t: [String: String]
    var lang: String
    var title: String
    var csrf: String
    var otherLanguage: String
    var otherLanguageName: String
    var site: SiteLinks
    var user: SiteLinks.Person?
    var municipality: String?
    var nav: [SiteLinks.NavItem]
    var page: Page
}

// Every name a template cannot find in its own model is looked up here (`{{t.…}}` in every row of a long
// table): an explicit lookup instead of reflecting the layout each time.
extension Layout: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "t": t
        case "lang": lang
        case "title": title
        case "csrf": csrf
        case "otherLanguage": otherLanguage
        case "otherLanguageName": otherLanguageName
        case "site": site
        case "user": user
        case "municipality": municipality
        case "nav": nav
        case "page": page
        default: nil
        }
    }
}
