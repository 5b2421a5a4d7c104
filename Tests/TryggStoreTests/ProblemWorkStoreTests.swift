import Foundation
import Testing
import TryggCore
import TryggTesting

@testable import TryggStore

/// Problems, measures, decisions and evaluation designs in storage: one winner of two writers, numbered
/// decisions, designs that say when they were changed after the start, and a history of it all.
@Suite("Problems and measures in storage")
struct ProblemWorkStoreTests {
    typealias Fixture = ReportStoreTests.Fixture

    static func stores(_ database: TryggDatabase) async throws -> MunicipalityStores {
        MunicipalityStores(database, municipalityID: try await MunicipalityStore(database).require().id)
    }

    static func draft(_ title: String = "Klotter vid Hertsö centrum kvällstid") -> ProblemDraft {
        ProblemDraft(title: title, indicatorCodes: ["vandalism"], areaCodes: ["hertson"])
    }

    @Test(arguments: TestEngine.available)
    func twoPlannersChangingOneProblemAtOnceHaveOneWinnerAndOneHistoryEntry(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            let stores = try await Self.stores(database)
            for round in 0..<5 {
                let raised = try await stores.problems.create(
                    Self.draft("Klotter \(round) kvällstid"), by: fixture.reviewer)
                let problem = try await stores.problems.apply(
                    raised.id, .prioritise(priority: 1, decisionID: nil), expectedVersion: 1,
                    decision: .init(forum: .analysisGroup, meetingDate: LocalDate("2026-11-12")!, text: "Prioriteras"),
                    by: fixture.reviewer)
                let won = try await ReportLifeCycleTests.race(
                    {
                        _ = try await stores.problems.apply(
                            problem.id, .startAnalysis, expectedVersion: problem.version, by: fixture.reviewer)
                    },
                    {
                        _ = try await stores.problems.apply(
                            problem.id, .close(.rejected, reason: "Hör till polisen", evaluationID: nil),
                            expectedVersion: problem.version, by: fixture.otherReviewer)
                    })
                #expect(won.filter { $0 }.count == 1, "round \(round): \(won)")
                let history = try await stores.problems.history.entries(problem.id).map(\.action)
                #expect(history.count == 3, "\(history)")
                let stored = try #require(try await stores.problems.find(problem.id))
                #expect(stored.version == 3)
                #expect((stored.status == .analysing) == won[0])
            }
            let codes = try await stores.problems.all().map(\.code)
            #expect(Set(codes).count == 5 && codes.allSatisfy { $0.hasPrefix("P-") })
        }
    }

    @Test(arguments: TestEngine.available)
    func decisionsOfOneMeetingAreNumberedInOrder(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            let stores = try await Self.stores(database)
            let meeting = LocalDate("2026-11-12")!
            for text in ["Arbetsgrupp tillsätts", "Lägesbilden godkänns", "Nästa möte 10 december"] {
                _ = try await stores.decisions.record(
                    .init(forum: .analysisGroup, meetingDate: meeting, text: text), by: fixture.reviewer)
            }
            _ = try await stores.decisions.record(
                .init(forum: .steeringGroup, meetingDate: meeting, text: "Prioriteringar för 2027"),
                by: fixture.reviewer)
            let decisions = try await stores.decisions.all()
            #expect(decisions.filter { $0.forum == .analysisGroup }.map(\.paragraph) == [1, 2, 3])
            #expect(decisions.filter { $0.forum == .steeringGroup }.map(\.paragraph) == [1])
            await #expect(throws: ValidationFailure.self) {
                _ = try await stores.decisions.record(
                    .init(forum: .analysisGroup, meetingDate: meeting, text: "Tolvan Tolvansson 19121212-1212"),
                    by: fixture.reviewer)
            }
        }
    }

    @Test(arguments: TestEngine.available)
    func aDesignSavedAfterTheMeasureStartedIsANewFlaggedVersion(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            let stores = try await Self.stores(database)
            let organisation = try #require(try await stores.organisations.all().first)
            var problem = try await stores.problems.create(Self.draft(), by: fixture.reviewer)
            problem = try await stores.problems.apply(
                problem.id, .prioritise(priority: 2, decisionID: nil), expectedVersion: nil,
                decision: .init(forum: .analysisGroup, meetingDate: LocalDate("2025-11-12")!, text: "Prioriteras"),
                by: fixture.reviewer)
            problem = try await stores.problems.apply(
                problem.id, .startAnalysis, expectedVersion: nil, by: fixture.reviewer)
            problem = try await stores.problems.apply(
                problem.id, .addCause(Cause(leg: .placeGuardian, text: "Mörk tunnel", certainty: .supported)),
                expectedVersion: nil, by: fixture.reviewer)
            var measure = try await stores.measures.create(
                MeasureDraft(
                    problemID: problem.id, title: "Belysning", type: .situational, category: .lighting,
                    causeIDs: problem.causes.map(\.id), areaCode: "hertson", organisationID: organisation.id,
                    plannedStart: LocalDate("2026-01-01"), plannedEnd: LocalDate("2026-01-31"),
                    expectedEffect: ExpectedEffect(indicatorCodes: ["vandalism"], mechanism: "Ljus", expectedBy: nil)),
                by: fixture.reviewer)
            let design = EvaluationDesign(
                measureID: measure.id, treatedArea: "hertson", comparisonArea: "ornaset", indicatorCodes: ["vandalism"],
                beforeFrom: LocalDate("2025-01-01")!, afterFrom: LocalDate("2026-02-01")!, months: 12,
                createdBy: fixture.reviewer.id, createdAt: Date())
            let first = try await stores.evaluations.save(design, expectedVersion: 0, by: fixture.reviewer)
            #expect(first.version == 1 && !first.changedAfterStart)
            await #expect(throws: StoreError.conflict("evaluation")) {
                _ = try await stores.evaluations.save(design, expectedVersion: 0, by: fixture.reviewer)
            }
            measure = try await stores.measures.apply(
                measure.id, .decide(decisionID: nil), expectedVersion: 1,
                decision: .init(forum: .analysisGroup, meetingDate: LocalDate("2025-12-10")!, text: "Beslutas"),
                by: fixture.reviewer)
            _ = try await stores.measures.apply(
                measure.id, .start(on: LocalDate("2026-01-02")!), expectedVersion: measure.version, by: fixture.reviewer
            )
            var changed = design
            changed.comparisonArea = "centrum"
            let second = try await stores.evaluations.save(changed, expectedVersion: 1, by: fixture.reviewer)
            #expect(second.version == 2 && second.changedAfterStart)
            #expect(
                try await stores.evaluations.versions(measure: measure.id).map(\.comparisonArea) == [
                    "ornaset", "centrum",
                ])
            var concluded = changed
            concluded.conclusion = "Ingen påvisbar förändring."
            let third = try await stores.evaluations.save(concluded, expectedVersion: 2, by: fixture.reviewer)
            #expect(third.version == 3 && third.changedAfterStart, "still the changed test, not flagged anew")
            let history = try await stores.measures.history.entries(measure.id).map(\.action)
            #expect(
                history == [
                    "proposed", "design_saved", "decided", "started", "design_changed_after_start", "design_saved",
                ])
            // A cause a measure acts on stays; an evaluation of another problem's measure proves nothing here.
            await #expect(throws: ValidationFailure([FieldError("cause", .inUse)])) {
                _ = try await stores.problems.apply(
                    problem.id, .removeCause(problem.causes[0].id), expectedVersion: nil, by: fixture.reviewer)
            }
            let other = try await stores.problems.create(Self.draft("Annat problem kvällstid"), by: fixture.reviewer)
            await #expect(throws: ValidationFailure([FieldError("evaluation", .unknown)])) {
                _ = try await stores.problems.apply(
                    other.id, .close(.reduced, reason: "", evaluationID: first.id), expectedVersion: nil,
                    by: fixture.reviewer)
            }
        }
    }
}
