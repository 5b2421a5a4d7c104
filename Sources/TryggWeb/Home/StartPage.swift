import TryggCore

/// The start page: one card per role the user holds, each saying first what needs attention.
struct StartPage: Sendable {
    /// Something that needs doing or knowing, with a direct link.
    struct Attention: Sendable {
        var text: String
        var href: String?
        /// Late or blocking: shown as a warning.
        var urgent: Bool = false
    }

    struct Link: Sendable {
        var href: String
        var label: String
    }

    struct Section: Sendable {
        var role: String
        var heading: String
        var text: String
        var attention: [Attention]
        var links: [Link]

        init(role: Role, texts: Texts, attention: [Attention], links: [Link]) {
            self.init(key: role.rawValue, texts: texts, attention: attention, links: links)
        }

        /// A card that is not a role's: `key` names its heading and text (`home_<key>_heading`).
        init(key: String, texts: Texts, attention: [Attention], links: [Link]) {
            self.role = key
            heading = texts["home_\(key)_heading"]
            text = texts["home_\(key)_text"]
            self.attention = attention
            self.links = links
        }
    }

    var greeting: String
    var sections: [Section]
}
