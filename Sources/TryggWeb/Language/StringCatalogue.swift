import Foundation
import TryggCore

/// Every user-visible sentence, in Swedish and English, loaded once from `Strings/*.json`.
public struct StringCatalogue: Sendable {
    let tables: [Language: [String: String]]

    public init(tables: [Language: [String: String]]) { self.tables = tables }

    /// Loads the catalogues shipped with the module.
    public static func bundled() throws -> StringCatalogue {
        var tables: [Language: [String: String]] = [:]
        for language in Language.allCases {
            guard
                let url = Bundle.module.url(
                    forResource: language.rawValue, withExtension: "json", subdirectory: "Strings")
            else { throw CocoaError(.fileNoSuchFile) }
            tables[language] = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: url))
        }
        return StringCatalogue(tables: tables)
    }

    /// The sentence for `key`; a missing key shows itself so it is noticed, never crashes a page.
    public func text(_ key: String, _ language: Language) -> String {
        tables[language]?[key] ?? tables[.sv]?[key] ?? key
    }

    /// The sentence for `key`, or nil when there is none (an optional hint).
    public func optionalText(_ key: String, _ language: Language) -> String? {
        tables[language]?[key] ?? tables[.sv]?[key]
    }

    /// The whole table for templates, which look sentences up as `{{t.key}}`.
    public func table(_ language: Language) -> [String: String] { tables[language] ?? [:] }

    /// Keys present in one language but not in the other (kept empty by a test).
    public var missingKeys: Set<String> {
        let sv = Set(tables[.sv]?.keys ?? [:].keys), en = Set(tables[.en]?.keys ?? [:].keys)
        return sv.symmetricDifference(en)
    }
}
