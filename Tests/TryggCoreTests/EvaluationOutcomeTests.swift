import Foundation
import Testing
import TryggCore

/// An evaluation counts approved reports in its areas and periods, and claims a verdict only when it can.
@Suite("Evaluating a measure")
struct EvaluationOutcomeTests {
    static let design = EvaluationDesign(
        measureID: UUID(), treatedArea: "hertson", comparisonArea: "ornaset", bufferArea: "centrum",
        indicatorCodes: ["vandalism"], beforeFrom: LocalDate("2025-01-01")!, afterFrom: LocalDate("2025-08-01")!,
        months: 6, createdBy: UUID(), createdAt: Date())

    /// `count` events of `indicator` in `area`, one a day from `from`.
    static func events(_ count: Int, in area: String, from: String, indicator: String = "vandalism") -> [AnalysisEvent]
    {
        (0..<count).map { day in
            let at = LocalDate(from)!.adding(days: day).start.addingTimeInterval(20 * 3600)
            return AnalysisEvent(
                occurredAt: at, partOfDay: nil, indicator: indicator, area: area, latitude: nil, longitude: nil)
        }
    }

    static var events: [AnalysisEvent] {
        events(60, in: "hertson", from: "2025-01-10") + events(30, in: "hertson", from: "2025-08-10")
            + events(60, in: "ornaset", from: "2025-02-01") + events(60, in: "ornaset", from: "2025-08-03")
            + events(30, in: "centrum", from: "2025-03-01") + events(20, in: "centrum", from: "2025-09-01")
            // Outside the design: another indicator, another area, the month of doing between the periods.
            + events(40, in: "hertson", from: "2025-02-01", indicator: "gathering")
            + events(40, in: "porson", from: "2025-02-01") + events(10, in: "hertson", from: "2025-07-05")
    }

    @Test func theCountsLeaveOutOtherIndicatorsAreasAndTheMonthsBetweenThePeriods() throws {
        let outcome = try EvaluationOutcome.count(Self.events, design: Self.design, today: LocalDate("2026-03-01")!)
        #expect(outcome.treated == .init(before: 60, after: 30))
        #expect(outcome.comparison == .init(before: 60, after: 60))
        #expect(outcome.buffer == .init(before: 30, after: 20))
        #expect(outcome.months.count == 13)
        #expect(outcome.months.first { $0.start == LocalDate("2025-07-01") }?.treated == 10, "the chart shows July")
        #expect(outcome.months.filter(\.after).count == 6)
        let estimate = try #require(outcome.estimate)
        #expect(estimate.verdict == .reductionShown)
        #expect(abs(estimate.ratio! - 0.5) < 1e-12)
        #expect(abs(estimate.displacementQuotient! - 1.0 / 3) < 1e-12)
    }

    @Test func aRunningAfterPeriodShowsItsCountsButNoVerdict() throws {
        let running = try EvaluationOutcome.count(Self.events, design: Self.design, today: LocalDate("2025-12-01")!)
        #expect(running.phase == .running)
        #expect(running.estimate == nil)
        let waiting = try EvaluationOutcome.count([], design: Self.design, today: LocalDate("2025-07-31")!)
        #expect(waiting.phase == .waiting)
    }

    @Test func fewerEventsThanTheMinimumGiveNoDirection() throws {
        let few =
            Self.events(6, in: "hertson", from: "2025-01-10") + Self.events(2, in: "hertson", from: "2025-08-10")
            + Self.events(60, in: "ornaset", from: "2025-02-01") + Self.events(60, in: "ornaset", from: "2025-08-03")
        let estimate = try #require(
            try EvaluationOutcome.count(few, design: Self.design, today: LocalDate("2026-03-01")!).estimate)
        #expect(estimate.verdict == .tooFewEvents)
        #expect(estimate.ratio == nil && estimate.interval == nil)
    }

    @Test func aDesignComparesTwoDifferentAreasInPeriodsThatDoNotOverlap() {
        var design = Self.design
        design.comparisonArea = "hertson"
        design.afterFrom = LocalDate("2025-05-01")!
        let errors = design.errors(indicators: ["vandalism"], areas: ["hertson", "ornaset", "centrum"])
        #expect(errors.contains(FieldError("comparisonArea", .sameArea)))
        #expect(errors.contains(FieldError("afterFrom", .overlapsBefore)))
        design.comparisonArea = "ornaset"
        design.afterFrom = LocalDate("2030-01-01")!
        #expect(
            design.errors(indicators: ["vandalism"], areas: ["hertson", "ornaset", "centrum"])
                == [FieldError("afterFrom", .periodTooLong)])
    }
}

/// Figures typed by mistake are refused, never a crash.
@Suite("Evaluation designs and dates refuse nonsense")
struct EvaluationNonsenseTests {
    @Test func aHugeNumberOfMonthsIsOutOfRangeNotACrash() {
        var design = EvaluationOutcomeTests.design
        for months in [Int.min, Int.min + 1, -5, 0, 37, Int.max] {
            design.months = months
            #expect(
                design.errors(indicators: ["vandalism"], areas: ["hertson", "ornaset", "centrum"]).contains(
                    FieldError("months", .outOfRange)))
        }
        #expect(LocalDate("2026-01-31")!.adding(months: Int.min).year >= 1000)
    }

    @Test func aDateIsTwelveDigitsAndDashesOnly() {
        #expect(LocalDate("2026-+1-01") == nil)
        #expect(LocalDate("2026-02-30") == nil)
        #expect(LocalDate("2026-02-28") != nil)
    }

    @Test func aConclusionIsNotAChangeOfTheTest() {
        var later = EvaluationOutcomeTests.design
        later.conclusion = "Klottret minskade efter saneringen."
        #expect(later.sameTest(as: EvaluationOutcomeTests.design))
        later.comparisonArea = "centrum"
        #expect(!later.sameTest(as: EvaluationOutcomeTests.design))
    }
}
