import Foundation

/// What a reporter submits: what (indicator), when, where, a short description and how many people.
public struct ReportDraft: Sendable, Equatable {
    public var indicatorCode: String
    public var subtypeCode: String?
    /// The exact time, or the start of `partOfDay` on the reported date.
    public var occurredAt: Date?
    public var partOfDay: PartOfDay?
    public var latitude: Double?
    public var longitude: Double?
    public var areaCode: String?
    public var placeDescription: String
    public var description: String
    public var peopleCount: Int?

    public init(
        indicatorCode: String, subtypeCode: String? = nil, occurredAt: Date?, partOfDay: PartOfDay? = nil,
        latitude: Double? = nil, longitude: Double? = nil, areaCode: String? = nil, placeDescription: String = "",
        description: String, peopleCount: Int? = nil
    ) {
        self.indicatorCode = indicatorCode
        self.subtypeCode = subtypeCode
        self.occurredAt = occurredAt
        self.partOfDay = partOfDay
        self.latitude = latitude
        self.longitude = longitude
        self.areaCode = areaCode
        self.placeDescription = placeDescription
        self.description = description
        self.peopleCount = peopleCount
    }

    public static let maximumDescriptionLength = 2000

    /// No report happened before 2000: EST work began long after, and older dates are mistakes.
    public static let earliest = LocalTime.startOfDay("2000-01-01")!

    /// Checks the draft against the catalogue; every problem at once, personal data included.
    public func validate(indicators: [Indicator], areaCodes: Set<String>, now: Date) -> ReportValidation {
        var errors: [FieldError] = []
        let indicator = indicators.first { $0.code == indicatorCode && $0.active }
        if indicatorCode.isEmpty {
            errors.append(.init("indicator", .required))
        } else if indicator == nil {
            errors.append(.init("indicator", .unknown))
        }
        if let subtypeCode, !subtypeCode.isEmpty, let indicator,
            !indicator.subtypes.contains(where: { $0.code == subtypeCode && $0.active })
        {
            errors.append(.init("subtype", .unknown))
        }
        if let occurredAt {
            // A span is in the future only when it has not begun; an hour's grace for clocks that differ.
            if occurredAt > now.addingTimeInterval(3600) { errors.append(.init("occurredAt", .inFuture)) }
            // A typing slip (year 0026, 1926) would land in no week anyone reads and skew every long trend.
            if occurredAt < Self.earliest { errors.append(.init("occurredAt", .outOfRange)) }
        } else {
            errors.append(.init("occurredAt", .required))
        }
        switch (latitude, longitude) {
        case (let latitude?, let longitude?):
            if !GeoPoint(longitude: longitude, latitude: latitude).isInRange {
                errors.append(.init("place", .invalidNumber))
            }
        case (nil, nil):
            if (areaCode ?? "").isEmpty { errors.append(.init("place", .required)) }
        default:
            errors.append(.init("place", .invalidNumber))
        }
        if let areaCode, !areaCode.isEmpty, !areaCodes.contains(areaCode) { errors.append(.init("area", .unknown)) }
        if description.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors.append(.init("description", .required))
        }
        if description.count > Self.maximumDescriptionLength { errors.append(.init("description", .tooLong)) }
        if let peopleCount, !(0...10_000).contains(peopleCount) { errors.append(.init("peopleCount", .invalidNumber)) }
        let findings = PersonalDataGuard.findings(in: description)
        if findings.contains(where: \.blocks) { errors.append(.init("description", .personalData)) }
        let placeFindings = PersonalDataGuard.findings(in: placeDescription)
        if placeFindings.contains(where: \.blocks) { errors.append(.init("placeDescription", .personalData)) }
        return ReportValidation(errors: errors, findings: findings, placeFindings: placeFindings)
    }
}

/// The outcome of checking a report draft.
public struct ReportValidation: Sendable, Equatable {
    public var errors: [FieldError]
    /// Personal data found in the description (blocking and warnings), for highlighting.
    public var findings: [PersonalDataFinding]
    public var placeFindings: [PersonalDataFinding]

    public var isValid: Bool { errors.isEmpty }
}
