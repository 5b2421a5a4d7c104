import Foundation

/// A safety indicator reports are filed against (vandalism, disorder, unsafe place…), with its sub-types.
public struct Indicator: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID
    public var code: String
    public var nameSv: String
    public var nameEn: String
    /// Whether a report of this indicator asks how many people were involved.
    public var asksForPeopleCount: Bool
    /// A used indicator is deactivated, never deleted, so old reports keep their meaning.
    public var active: Bool
    public var subtypes: [IndicatorSubtype]
    /// "What to report here": shown in the report form so reporters choose the same indicator for the same thing.
    public var guidanceSv: String
    public var guidanceEn: String

    public init(
        id: UUID, code: String, nameSv: String, nameEn: String, asksForPeopleCount: Bool = false,
        active: Bool = true, subtypes: [IndicatorSubtype] = [], guidanceSv: String = "", guidanceEn: String = ""
    ) {
        self.id = id
        self.code = code
        self.nameSv = nameSv
        self.nameEn = nameEn
        self.asksForPeopleCount = asksForPeopleCount
        self.active = active
        self.subtypes = subtypes
        self.guidanceSv = guidanceSv
        self.guidanceEn = guidanceEn
    }
}

/// A finer kind within an indicator, such as graffiti within vandalism.
public struct IndicatorSubtype: Sendable, Equatable, Codable {
    public var code: String
    public var nameSv: String
    public var nameEn: String
    public var active: Bool

    public init(code: String, nameSv: String, nameEn: String, active: Bool = true) {
        self.code = code
        self.nameSv = nameSv
        self.nameEn = nameEn
        self.active = active
    }
}

/// What a coordinator submits to create or change an indicator; sub-types are edited one line each.
public struct IndicatorDraft: Sendable, Equatable {
    public var code: String
    public var nameSv: String
    public var nameEn: String
    public var asksForPeopleCount: Bool
    /// One sub-type per line as `code;svenskt namn;English name`.
    public var subtypeLines: String
    public var guidanceSv: String
    public var guidanceEn: String

    public init(
        code: String, nameSv: String, nameEn: String, asksForPeopleCount: Bool, subtypeLines: String,
        guidanceSv: String = "",
        guidanceEn: String = ""
    ) {
        self.code = code
        self.nameSv = nameSv
        self.nameEn = nameEn
        self.asksForPeopleCount = asksForPeopleCount
        self.subtypeLines = subtypeLines
        self.guidanceSv = guidanceSv
        self.guidanceEn = guidanceEn
    }

    public init(_ indicator: Indicator) {
        self.init(
            code: indicator.code, nameSv: indicator.nameSv, nameEn: indicator.nameEn,
            asksForPeopleCount: indicator.asksForPeopleCount,
            subtypeLines: indicator.subtypes.filter(\.active).map { "\($0.code);\($0.nameSv);\($0.nameEn)" }
                .joined(separator: "\n"),
            guidanceSv: indicator.guidanceSv, guidanceEn: indicator.guidanceEn
        )
    }

    /// The validated sub-types, or the field errors that stop them.
    public func parsedSubtypes() -> Result<[IndicatorSubtype], ValidationFailure> {
        var subtypes: [IndicatorSubtype] = []
        for line in subtypeLines.split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: ";", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.allSatisfy(\.isEmpty) { continue }
            guard parts.count == 3, CatalogueCode.isValid(parts[0]), !parts[1].isEmpty, !parts[2].isEmpty else {
                return .failure(ValidationFailure([.init("subtypes", .codeFormat)]))
            }
            if subtypes.contains(where: { $0.code == parts[0] }) {
                return .failure(ValidationFailure([.init("subtypes", .taken)]))
            }
            subtypes.append(IndicatorSubtype(code: parts[0], nameSv: parts[1], nameEn: parts[2]))
        }
        return .success(subtypes)
    }

    public func validate() -> [FieldError] {
        var errors = CatalogueCode.validate(code, field: "code")
        for (field, value) in [("nameSv", nameSv), ("nameEn", nameEn)] {
            if value.trimmingCharacters(in: .whitespaces).isEmpty {
                errors.append(.init(field, .required))
            } else if value.count > 120 {
                errors.append(.init(field, .tooLong))
            }
        }
        if case .failure(let failure) = parsedSubtypes() { errors += failure.errors }
        for (field, value) in [("guidanceSv", guidanceSv), ("guidanceEn", guidanceEn)] where value.count > 1_000 {
            errors.append(.init(field, .tooLong))
        }
        return errors
    }
}
