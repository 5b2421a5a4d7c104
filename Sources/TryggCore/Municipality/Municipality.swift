import Foundation

/// The municipality that areas, organisations and reports belong to; one per installation today.
public struct Municipality: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var name: String

    public init(id: UUID, name: String) {
        self.id = id
        self.name = name
    }

    /// The name used when `TRYGG_MUNICIPALITY` is not set at first start.
    public static let defaultName = "Luleå kommun"

    public static func validateName(_ name: String) -> [FieldError] {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return [.init("name", .required)] }
        if trimmed.count > 120 { return [.init("name", .tooLong)] }
        return []
    }
}
