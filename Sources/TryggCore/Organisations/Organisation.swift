import Foundation

/// What sort of party an organisation is in the coordination work.
public enum OrganisationKind: String, CaseIterable, Codable, Sendable {
    /// A municipal department (förvaltning).
    case department
    case police
    /// The public housing company (allmännyttigt bostadsbolag).
    case housing
    case other
}

/// A party whose staff report and review: a department, the police, the housing company.
public struct Organisation: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var code: String
    public var name: String
    public var kind: OrganisationKind
    public var active: Bool

    public init(id: UUID, code: String, name: String, kind: OrganisationKind, active: Bool = true) {
        self.id = id
        self.code = code
        self.name = name
        self.kind = kind
        self.active = active
    }
}

/// What is submitted to create or change an organisation.
public struct OrganisationDraft: Sendable, Equatable {
    public var code: String
    public var name: String
    public var kind: OrganisationKind?

    public init(code: String, name: String, kind: OrganisationKind?) {
        self.code = code
        self.name = name
        self.kind = kind
    }

    public func validate() -> [FieldError] {
        var errors: [FieldError] = []
        errors += CatalogueCode.validate(code, field: "code")
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append(.init("name", .required))
        } else if name.count > 120 {
            errors.append(.init("name", .tooLong))
        }
        if kind == nil { errors.append(.init("kind", .required)) }
        return errors
    }
}
