import Foundation
import Testing
import TryggCore

/// The cycle's rules: every step of a problem and a measure has its guard, and refuses with the reason.
@Suite("Problems and measures follow their guards")
struct ProblemRulesTests {
    static let analyst = UUID()
    static let now = Date(timeIntervalSince1970: 1_780_000_000)

    static func problem(_ status: ProblemStatus = .proposed, causes: [Cause] = []) -> Problem {
        var problem = Problem(
            code: "P-2026-001",
            draft: ProblemDraft(title: "Klotter vid Hertsö centrum kvällstid", indicatorCodes: ["vandalism"]),
            createdBy: analyst, createdAt: now)
        problem.status = status
        problem.causes = causes
        return problem
    }

    static func refusal(_ result: Result<Problem, ValidationFailure>) -> [FieldError] {
        if case .failure(let failure) = result { return failure.errors }
        return []
    }

    @Test func aPriorityNeedsADecisionAndPrioritisesAProposedProblem() throws {
        #expect(
            Self.refusal(ProblemChange.prioritise(priority: 1, decisionID: nil).applied(to: Self.problem()))
                == [FieldError("decision", .needsDecision)])
        #expect(
            Self.refusal(ProblemChange.prioritise(priority: 4, decisionID: UUID()).applied(to: Self.problem()))
                == [FieldError("priority", .outOfRange)])
        let prioritised = try ProblemChange.prioritise(priority: 1, decisionID: UUID()).applied(to: Self.problem())
            .get()
        #expect(prioritised.status == .prioritised)
        #expect(prioritised.version == 2)
    }

    @Test func causesMustBeAnalysedBeforeMeasuresArePlanned() throws {
        #expect(
            Self.refusal(ProblemChange.startAnalysis.applied(to: Self.problem()))
                == [FieldError("status", .needsDecision)])
        #expect(
            Self.refusal(ProblemChange.plan.applied(to: Self.problem(.analysing)))
                == [FieldError("causes", .needsCause)])
        let cause = Cause(leg: .placeGuardian, text: "Mörk gångtunnel", certainty: .supported)
        let analysed = try ProblemChange.addCause(cause).applied(to: Self.problem(.analysing)).get()
        #expect(try ProblemChange.plan.applied(to: analysed).get().status == .planning)
    }

    @Test func implementingNeedsADecidedMeasure() throws {
        let planning = Self.problem(.planning)
        #expect(
            Self.refusal(ProblemChange.implement.applied(to: planning))
                == [FieldError("measures", .needsDecidedMeasure)])
        #expect(
            try ProblemChange.implement.applied(to: planning, facts: .init(decidedMeasures: 1)).get().status
                == .implementing)
    }

    @Test func claimingAnEffectNeedsAnEvaluationOrAReasonAndRejectingNeedsAReason() throws {
        let followingUp = Self.problem(.followingUp)
        #expect(
            Self.refusal(ProblemChange.close(.reduced, reason: " ", evaluationID: nil).applied(to: followingUp))
                == [FieldError("reason", .needsEvaluationOrReason)])
        let reduced = try ProblemChange.close(.reduced, reason: "", evaluationID: UUID()).applied(
            to: followingUp, at: Self.now
        )
        .get()
        #expect(reduced.status == .closed && reduced.outcome == .reduced && reduced.closedAt == Self.now)
        #expect(
            Self.refusal(ProblemChange.close(.rejected, reason: "", evaluationID: nil).applied(to: Self.problem()))
                == [FieldError("reason", .required)])
        #expect(
            Self.refusal(ProblemChange.close(.resolved, reason: "Löst", evaluationID: nil).applied(to: Self.problem()))
                == [FieldError("outcome", .notNow)], "a problem nobody worked on cannot have been solved")
        #expect(
            Self.refusal(ProblemChange.startAnalysis.applied(to: reduced)) == [FieldError("status", .closedAlready)])
    }

    @Test func wordsOthersReadHoldNoPersonalData() {
        let named = Cause(leg: .offender, text: "Tolvan Tolvansson, 19121212-1212, klottrar", certainty: .verified)
        #expect(
            Self.refusal(ProblemChange.addCause(named).applied(to: Self.problem(.analysing)))
                .contains { $0.problem == .personalData })
    }

    static func measure(_ status: MeasureStatus = .proposed, causes: [UUID] = [UUID()]) -> Measure {
        var measure = Measure(
            draft: MeasureDraft(
                problemID: UUID(), title: "Ny belysning", type: .situational, category: .lighting, causeIDs: causes,
                areaCode: "hertson", organisationID: UUID(), plannedStart: LocalDate("2026-03-01"),
                plannedEnd: LocalDate("2026-04-01"),
                expectedEffect: ExpectedEffect(
                    indicatorCodes: ["vandalism"], mechanism: "Mer ljus, mer insyn", expectedBy: nil)),
            createdBy: analyst, createdAt: now)
        measure.status = status
        return measure
    }

    static func refusal(_ result: Result<Measure, ValidationFailure>) -> [FieldError] {
        if case .failure(let failure) = result { return failure.errors }
        return []
    }

    @Test func aMeasureIsDecidedOnlyWithCausesDatesAnEffectAndADecision() throws {
        var bare = Self.measure(causes: [])
        bare.plannedEnd = nil
        #expect(
            Self.refusal(MeasureChange.decide(decisionID: UUID()).applied(to: bare, by: Self.analyst, at: Self.now))
                == [FieldError("plannedEnd", .required), FieldError("causes", .required)])
        #expect(
            Self.refusal(
                MeasureChange.decide(decisionID: nil).applied(to: Self.measure(), by: Self.analyst, at: Self.now))
                == [FieldError("decision", .needsDecision)])
        #expect(
            Self.refusal(
                MeasureChange.start(on: LocalDate("2026-03-02")!).applied(
                    to: Self.measure(), by: Self.analyst, at: Self.now))
                == [FieldError("status", .needsDecision)])
    }

    @Test func whatADecisionRestedOnChangesOnlyByANewDecision() throws {
        var decided = Self.measure(.decided)
        var draft = MeasureDraft(
            problemID: decided.problemID, title: "Ny belysning och röjning", type: .situational, category: .lighting,
            causeIDs: decided.causeIDs, areaCode: "porson", organisationID: decided.organisationID,
            plannedStart: decided.plannedStart, plannedEnd: decided.plannedEnd, expectedEffect: decided.expectedEffect)
        #expect(
            Self.refusal(MeasureChange.edit(draft).applied(to: decided, by: Self.analyst, at: Self.now))
                == [FieldError("area", .lockedByDecision)])
        draft.areaCode = decided.areaCode
        #expect(
            try MeasureChange.edit(draft).applied(to: decided, by: Self.analyst, at: Self.now).get().title
                == "Ny belysning och röjning", "the title may still be corrected")
        decided.status = .postponed
        draft.areaCode = "porson"
        #expect(
            try MeasureChange.edit(draft).applied(to: decided, by: Self.analyst, at: Self.now).get().areaCode
                == "porson")
        #expect(
            Self.refusal(
                MeasureChange.complete(on: LocalDate("2026-04-01")!, fidelity: .full, actualCost: Int.max, hours: nil)
                    .applied(to: Self.measure(.inProgress), by: Self.analyst, at: Self.now))
                == [FieldError("actualCost", .outOfRange)])
    }

    @Test func onlyAProposedOrPrioritisedProblemGetsItsPriorityByDecision() {
        #expect(
            Self.refusal(
                ProblemChange.prioritise(priority: 1, decisionID: UUID()).applied(to: Self.problem(.analysing)))
                == [FieldError("status", .notNow)])
    }

    @Test func aCarriedOutMeasureSaysHowFaithfullyAndTakesOnlyLogLines() throws {
        var running = Self.measure(.inProgress)
        running.actualStart = LocalDate("2026-03-02")
        #expect(
            Self.refusal(
                MeasureChange.complete(on: LocalDate("2026-03-01")!, fidelity: .full, actualCost: nil, hours: nil)
                    .applied(to: running, by: Self.analyst, at: Self.now)) == [FieldError("actualEnd", .endBeforeStart)]
        )
        let done = try MeasureChange.complete(
            on: LocalDate("2026-04-01")!, fidelity: .partial, actualCost: 9_000, hours: 40
        )
        .applied(to: running, by: Self.analyst, at: Self.now).get()
        #expect(done.status == .implemented && done.fidelity == .partial)
        #expect(
            Self.refusal(MeasureChange.cancel(reason: "Budget").applied(to: done, by: Self.analyst, at: Self.now))
                == [FieldError("status", .closedAlready)])
        let logged = try MeasureChange.logProgress("Uppföljning gjord").applied(
            to: done, by: Self.analyst, at: Self.now
        )
        .get()
        #expect(logged.progress.map(\.text) == ["Uppföljning gjord"])
    }

    @Test func aDecidedMeasurePastItsPlannedStartIsLate() {
        var decided = Self.measure(.decided)
        #expect(decided.isLate(today: LocalDate("2026-03-02")!))
        #expect(!decided.isLate(today: LocalDate("2026-03-01")!))
        decided.status = .implemented
        #expect(!decided.isLate(today: LocalDate("2027-01-01")!))
    }

    @Test func theContactLogsTheirOwnMeasureAndAWorkingGroupWorksOnItsOwnProblemsOnly() {
        func person(_ roles: Set<Role>) -> User {
            User(id: UUID(), username: "u", displayName: "U", organisationID: UUID(), roles: roles, active: true)
        }
        let contact = person([.reporter]), member = person([.reporter]), analyst = person([.analyst])
        var measure = Self.measure()
        var problem = Self.problem(.planning)
        var group = WorkingGroup(
            draft: WorkingGroupDraft(
                name: "Hertsön", mandate: "Ta fram åtgärder", convenorID: UUID(), memberIDs: [member.id]),
            decisionID: nil, createdBy: Self.analyst, createdAt: Self.now)
        #expect(!contact.mayLogProgress(on: measure, problem: problem, groups: [group]))
        measure.contactUserID = contact.id
        #expect(contact.mayLogProgress(on: measure, problem: problem, groups: [group]))
        #expect(!contact.mayWork(on: problem, groups: [group]), "the contact logs progress, nothing more")
        #expect(!member.mayWork(on: problem, groups: [group]), "not the group's problem")
        problem.workingGroupID = group.id
        #expect(member.mayWork(on: problem, groups: [group]))
        group.status = .closed
        #expect(!member.mayWork(on: problem, groups: [group]), "a closed group's members no longer may")
        #expect(analyst.mayWork(on: problem, groups: []))
    }
}
