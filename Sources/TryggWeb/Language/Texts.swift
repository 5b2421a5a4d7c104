import TryggCore

/// The catalogue bound to one request's language.
public struct Texts: Sendable {
    public let catalogue: StringCatalogue
    public let language: Language

    public subscript(_ key: String) -> String { catalogue.text(key, language) }

    /// A sentence that may not exist, such as a field's hint.
    public func optional(_ key: String) -> String? { catalogue.optionalText(key, language) }

    /// Numbers, signs and weeks in the request's language.
    public var numbers: Numbers { Numbers(language) }

    public func role(_ role: Role) -> String { self["role_\(role.rawValue)"] }

    public func kind(_ kind: OrganisationKind) -> String { self["kind_\(kind.rawValue)"] }

    public func problem(_ problem: FieldError.Problem) -> String { self["problem_\(problem.rawValue)"] }

    /// An indicator's or sub-type's name in the request's language.
    public func name(sv: String, en: String) -> String { language == .sv ? sv : en }
}
