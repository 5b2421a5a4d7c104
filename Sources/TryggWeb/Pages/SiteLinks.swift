/// The links every page's layout needs, from `Route`, so no template writes a path.
struct SiteLinks: Sendable {
    /// The signed-in person as the header shows them.
    struct Person: Sendable {
        var name: String
        var roles: String
    }

    /// One entry of the main menu.
    struct NavItem: Sendable {
        var href: String
        var label: String
        var current: Bool
    }

    var home = Route.home.path
    var signIn = Route.signIn.path
    var signOut = Route.signOut.path
    var stylesheet = Route.stylesheet.path
    var mapScript = Route.script(.map).path
    var pickerScript = Route.script(.placePicker).path
    var reportFormScript = Route.script(.reportForm).path
    var analysis = Route.analysis.path
    /// The other language, coming back to this page.
    var language: String
}
