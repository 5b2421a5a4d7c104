import Foundation

/// What a person writes when raising or editing a problem, checked against the catalogue.
public struct ProblemDraft: Sendable, Equatable {
    public var title: String
    public var kind: ProblemKind
    public var indicatorCodes: [String]
    public var areaCodes: [String]
    public var timePattern: String
    public var origin: ProblemOrigin

    public init(
        title: String, kind: ProblemKind = .chronic, indicatorCodes: [String], areaCodes: [String] = [],
        timePattern: String = "", origin: ProblemOrigin = ProblemOrigin(kind: .manual)
    ) {
        self.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        self.kind = kind
        self.indicatorCodes = indicatorCodes
        self.areaCodes = areaCodes
        self.timePattern = timePattern.trimmingCharacters(in: .whitespacesAndNewlines)
        self.origin = origin
    }

    /// Every problem with the draft: a title that names the problem, known indicators and areas, no
    /// personal data in what others will read.
    public func errors(indicators: Set<String>, areas: Set<String>) -> [FieldError] {
        var errors: [FieldError] = []
        if title.isEmpty { errors.append(.init("title", .required)) }
        if title.count > 200 { errors.append(.init("title", .tooLong)) }
        if indicatorCodes.isEmpty { errors.append(.init("indicators", .required)) }
        if indicatorCodes.contains(where: { !indicators.contains($0) }) { errors.append(.init("indicators", .unknown)) }
        if areaCodes.contains(where: { !areas.contains($0) }) { errors.append(.init("areas", .unknown)) }
        if timePattern.count > 500 { errors.append(.init("timePattern", .tooLong)) }
        // Evidence is a path inside Trygg, never an outside address.
        if !origin.evidence.isEmpty && !origin.hasLocalEvidence {
            errors.append(.init("evidence", .unknown))
        }
        return errors + FreeTextCheck.errors([("title", title), ("timePattern", timePattern)])
    }
}

extension Cause {
    /// A cause's text is required; it and its evidence are read by many, so they hold no personal data.
    public var errors: [FieldError] {
        var errors: [FieldError] = []
        if text.trimmingCharacters(in: .whitespaces).isEmpty { errors.append(.init("cause", .required)) }
        if text.count > 500 { errors.append(.init("cause", .tooLong)) }
        if evidence.count > 500 { errors.append(.init("evidence", .tooLong)) }
        return errors + FreeTextCheck.errors([("cause", text), ("evidence", evidence)])
    }
}
