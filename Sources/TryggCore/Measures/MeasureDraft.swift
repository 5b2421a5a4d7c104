import Foundation

/// What a person writes when proposing or editing a measure, checked against the problem and catalogue.
public struct MeasureDraft: Sendable, Equatable {
    public var problemID: UUID
    public var title: String
    public var type: MeasureType
    public var category: MeasureCategory
    public var causeIDs: [UUID]
    public var areaCode: String?
    public var organisationID: UUID
    public var contactUserID: UUID?
    public var partners: String
    public var plannedStart: LocalDate?
    public var plannedEnd: LocalDate?
    public var expectedEffect: ExpectedEffect
    public var plannedCost: Int?

    public init(
        problemID: UUID, title: String, type: MeasureType, category: MeasureCategory, causeIDs: [UUID] = [],
        areaCode: String?, organisationID: UUID, contactUserID: UUID? = nil, partners: String = "",
        plannedStart: LocalDate?, plannedEnd: LocalDate?, expectedEffect: ExpectedEffect, plannedCost: Int? = nil
    ) {
        self.problemID = problemID
        self.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        self.type = type
        self.category = category
        self.causeIDs = causeIDs
        self.areaCode = areaCode
        self.organisationID = organisationID
        self.contactUserID = contactUserID
        self.partners = partners.trimmingCharacters(in: .whitespacesAndNewlines)
        self.plannedStart = plannedStart
        self.plannedEnd = plannedEnd
        self.expectedEffect = expectedEffect
        self.plannedCost = plannedCost
    }

    /// Every problem with the draft.
    public func errors(problem: Problem, indicators: Set<String>, areas: Set<String>) -> [FieldError] {
        var errors: [FieldError] = []
        if title.isEmpty { errors.append(.init("title", .required)) }
        if title.count > 200 { errors.append(.init("title", .tooLong)) }
        let causes = Set(problem.causes.map(\.id))
        if causeIDs.contains(where: { !causes.contains($0) }) { errors.append(.init("causes", .unknown)) }
        if let areaCode, !areas.contains(areaCode) { errors.append(.init("area", .unknown)) }
        if let plannedStart, let plannedEnd, plannedEnd < plannedStart {
            errors.append(.init("plannedEnd", .endBeforeStart))
        }
        if expectedEffect.indicatorCodes.contains(where: { !indicators.contains($0) }) {
            errors.append(.init("outcomeIndicators", .unknown))
        }
        if let plannedCost, !Measure.costs.contains(plannedCost) { errors.append(.init("plannedCost", .outOfRange)) }
        if partners.count > 300 { errors.append(.init("partners", .tooLong)) }
        if expectedEffect.mechanism.count > 1000 { errors.append(.init("mechanism", .tooLong)) }
        return errors
            + FreeTextCheck.errors([
                ("title", title), ("partners", partners), ("mechanism", expectedEffect.mechanism),
            ])
    }
}
