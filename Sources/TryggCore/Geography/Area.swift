import Foundation

/// One of the municipality's areas that reports, surveys and analyses are grouped by.
public struct Area: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var code: String
    public var name: String
    public var active: Bool
    /// The boundary, once imported (or approximated for the demo).
    public var geometry: AreaGeometry?
    /// True for demo boundaries built from the areas' centres, which the UI must call approximate.
    public var approximate: Bool

    public init(
        id: UUID, code: String, name: String, active: Bool = true, geometry: AreaGeometry? = nil,
        approximate: Bool = false
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.active = active
        self.geometry = geometry
        self.approximate = approximate
    }
}

/// What a coordinator submits to create or rename an area (geometry arrives with area import).
public struct AreaDraft: Sendable, Equatable {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    public func validate() -> [FieldError] {
        var errors = CatalogueCode.validate(code, field: "code")
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append(.init("name", .required))
        } else if name.count > 120 {
            errors.append(.init("name", .tooLong))
        }
        return errors
    }
}
