import Foundation

/// How a measure's effect will be judged, written before it starts: the treated area against a comparison
/// area (and a buffer around it for displacement), in before and after periods of equal length, counting the
/// approved reports of the outcome indicators. Once the measure has started, a change makes a new version
/// that says so, so nobody can quietly fish for a result.
public struct EvaluationDesign: Sendable, Codable, Equatable, Identifiable {
    public var id: UUID
    public var measureID: UUID
    /// 1 for the design as first written; each change adds one.
    public var version: Int
    public var treatedArea: String
    public var comparisonArea: String
    public var bufferArea: String?
    public var indicatorCodes: [String]
    public var beforeFrom: LocalDate
    public var afterFrom: LocalDate
    /// The length of each period in months.
    public var months: Int
    /// Fewer events than this in the treated or the comparison area gives no verdict.
    public var minEvents: Int
    /// Written after the measure started: shown as *ändrad efter start*.
    public var changedAfterStart: Bool
    public var conclusion: String
    public var createdBy: UUID
    public var createdAt: Date

    public init(
        id: UUID = UUID(), measureID: UUID, version: Int = 1, treatedArea: String, comparisonArea: String,
        bufferArea: String? = nil, indicatorCodes: [String], beforeFrom: LocalDate, afterFrom: LocalDate,
        months: Int, minEvents: Int = 10, changedAfterStart: Bool = false, conclusion: String = "",
        createdBy: UUID, createdAt: Date
    ) {
        self.id = id
        self.measureID = measureID
        self.version = version
        self.treatedArea = treatedArea
        self.comparisonArea = comparisonArea
        self.bufferArea = bufferArea
        self.indicatorCodes = indicatorCodes
        self.beforeFrom = beforeFrom
        self.afterFrom = afterFrom
        self.months = months
        self.minEvents = minEvents
        self.changedAfterStart = changedAfterStart
        self.conclusion = conclusion
        self.createdBy = createdBy
        self.createdAt = createdAt
    }

    public var before: DateRange { DateRange(from: beforeFrom, until: beforeFrom.adding(months: months)) }
    public var after: DateRange { DateRange(from: afterFrom, until: afterFrom.adding(months: months)) }

    /// Whether two designs fix the same test: areas, outcome, periods and minimum. The conclusion written
    /// after the result is not part of it.
    public func sameTest(as other: EvaluationDesign) -> Bool {
        (treatedArea, comparisonArea, bufferArea, indicatorCodes) == (
            other.treatedArea, other.comparisonArea, other.bufferArea, other.indicatorCodes
        )
            && (beforeFrom, afterFrom, months, minEvents) == (
                other.beforeFrom, other.afterFrom, other.months, other.minEvents
            )
    }

    /// Every problem with the design.
    public func errors(indicators: Set<String>, areas: Set<String>) -> [FieldError] {
        var errors: [FieldError] = []
        for (field, code) in [("treatedArea", treatedArea), ("comparisonArea", comparisonArea)] {
            if code.isEmpty {
                errors.append(.init(field, .required))
            } else if !areas.contains(code) {
                errors.append(.init(field, .unknown))
            }
        }
        if let bufferArea, !areas.contains(bufferArea) { errors.append(.init("bufferArea", .unknown)) }
        let chosen = [treatedArea, comparisonArea] + (bufferArea.map { [$0] } ?? [])
        if Set(chosen).count < chosen.count { errors.append(.init("comparisonArea", .sameArea)) }
        if indicatorCodes.isEmpty { errors.append(.init("indicators", .required)) }
        if indicatorCodes.contains(where: { !indicators.contains($0) }) { errors.append(.init("indicators", .unknown)) }
        guard (1...36).contains(months) else { return errors + [.init("months", .outOfRange)] }
        if afterFrom < before.until { errors.append(.init("afterFrom", .overlapsBefore)) }
        // Years between the periods would compare different worlds, not a measure's effect.
        if before.until.adding(months: 36) < afterFrom { errors.append(.init("afterFrom", .periodTooLong)) }
        if !(1...1000).contains(minEvents) { errors.append(.init("minEvents", .outOfRange)) }
        if conclusion.count > 4000 { errors.append(.init("conclusion", .tooLong)) }
        return errors + FreeTextCheck.errors([("conclusion", conclusion)])
    }
}

/// Whole days from one day up to (not including) another.
public struct DateRange: Sendable, Equatable, Codable {
    public var from: LocalDate
    public var until: LocalDate

    public init(from: LocalDate, until: LocalDate) {
        self.from = from
        self.until = until
    }

    /// The last day included.
    public var last: LocalDate { until.adding(days: -1) }
}
