import Foundation

/// Links within the site: with a query, and only local ones as redirect targets.
enum LocalLink {
    /// A path with a query of the given fields, leaving out the empty ones, each value percent-encoded.
    static func with(_ path: String, query fields: [(String, String?)]) -> String {
        let query = fields.compactMap { name, value in
            value.flatMap {
                $0.isEmpty
                    ? nil : name + "=" + ($0.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? "")
            }
        }.joined(separator: "&")
        return query.isEmpty ? path : path + "?" + query
    }

    /// Only local paths may be redirect targets, so a crafted link cannot send people elsewhere.
    static func safe(_ candidate: String?) -> String {
        // Browsers drop tabs and line breaks from addresses, so "/\t/elsewhere" would become "//elsewhere".
        guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"), !candidate.contains("\\"),
            !candidate.unicodeScalars.contains(where: {
                $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F
            })
        else {
            return Route.home.path
        }
        return candidate
    }
}
