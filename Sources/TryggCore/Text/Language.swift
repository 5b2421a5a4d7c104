/// The languages the UI speaks: Swedish first, English second.
public enum Language: String, CaseIterable, Sendable, Codable {
    case sv
    case en

    /// Picks the first supported language from an `Accept-Language` header, honouring q-values; Swedish otherwise.
    public static func negotiate(acceptLanguage header: String?) -> Language {
        guard let header else { return .sv }
        let ranked = header.split(separator: ",").compactMap { part -> (Language, Double)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased() else { return nil }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard let language = Language(rawValue: primary) else { return nil }
            let quality =
                pieces.dropFirst().first(where: { $0.hasPrefix("q=") })
                .flatMap { Double($0.dropFirst(2)) } ?? 1
            return quality > 0 ? (language, quality) : nil
        }
        // A stable sort keeps the header's order among equal weights.
        return ranked.enumerated().sorted { ($0.element.1, -$0.offset) > ($1.element.1, -$1.offset) }.first?.element.0
            ?? .sv
    }
}
