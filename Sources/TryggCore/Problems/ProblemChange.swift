import Foundation

/// One step in a problem's life, with the guard that must hold for it. Storage applies every step the
/// same way (`ProblemStore.apply`), so the rules live here and refuse with a field error that says why.
public enum ProblemChange: Sendable, Equatable {
    case edit(ProblemDraft)
    /// The analysis group's decision gives the problem its priority (1–3).
    case prioritise(priority: Int, decisionID: UUID?)
    case startAnalysis
    case addCause(Cause)
    case removeCause(UUID)
    /// Causes are known: measures can be planned. Needs at least one cause.
    case plan
    /// Needs at least one decided measure.
    case implement
    case followUp
    /// `resolved` and `reduced` need an evaluation or a reason why none was made; `rejected` a reason.
    case close(ProblemOutcome, reason: String, evaluationID: UUID?)
    case assign(workingGroupID: UUID?)
    /// Links more evidence to the problem: a later week's focus area, another analysis.
    case addEvidence(ProblemOrigin)

    /// What the guard needs to know beyond the problem itself.
    public struct Facts: Sendable {
        public var decidedMeasures: Int
        public init(decidedMeasures: Int = 0) { self.decidedMeasures = decidedMeasures }
    }

    /// The problem after the change, or the reasons it may not happen now.
    public func applied(
        to problem: Problem, facts: Facts = Facts(), at time: Date = Date()
    ) -> Result<Problem, ValidationFailure> {
        var next = problem
        func refuse(_ field: String, _ why: FieldError.Problem) -> Result<Problem, ValidationFailure> {
            .failure(ValidationFailure([FieldError(field, why)]))
        }
        guard problem.status.isOpen else { return refuse("status", .closedAlready) }
        switch self {
        case .edit(let draft):
            next.title = draft.title
            next.kind = draft.kind
            next.indicatorCodes = draft.indicatorCodes
            next.areaCodes = draft.areaCodes
            next.timePattern = draft.timePattern
            next.origin = draft.origin
        case .prioritise(let priority, let decisionID):
            guard (1...3).contains(priority) else { return refuse("priority", .outOfRange) }
            guard let decisionID else { return refuse("decision", .needsDecision) }
            guard problem.status == .proposed || problem.status == .prioritised else {
                return refuse("status", .notNow)
            }
            next.priority = priority
            next.priorityDecisionID = decisionID
            if problem.status == .proposed { next.status = .prioritised }
        case .startAnalysis:
            guard problem.status == .prioritised else {
                return refuse("status", problem.status == .proposed ? .needsDecision : .notNow)
            }
            next.status = .analysing
        case .addCause(let cause):
            guard problem.status.analysed else { return refuse("status", .notNow) }
            let errors = cause.errors
            guard errors.isEmpty else { return .failure(ValidationFailure(errors)) }
            next.causes.append(cause)
        case .removeCause(let id):
            guard problem.status.analysed else { return refuse("status", .notNow) }
            guard problem.causes.contains(where: { $0.id == id }) else { return refuse("cause", .unknown) }
            next.causes.removeAll { $0.id == id }
        case .plan:
            guard problem.status == .analysing else { return refuse("status", .notNow) }
            guard !problem.causes.isEmpty else { return refuse("causes", .needsCause) }
            next.status = .planning
        case .implement:
            guard problem.status == .planning else { return refuse("status", .notNow) }
            guard facts.decidedMeasures > 0 else { return refuse("measures", .needsDecidedMeasure) }
            next.status = .implementing
        case .followUp:
            guard problem.status == .implementing else { return refuse("status", .notNow) }
            next.status = .followingUp
        case .close(let outcome, let reason, let evaluationID):
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            if outcome.claimsEffect {
                guard problem.status == .implementing || problem.status == .followingUp else {
                    return refuse("outcome", .notNow)
                }
                guard evaluationID != nil || !reason.isEmpty else { return refuse("reason", .needsEvaluationOrReason) }
            } else if outcome == .unchanged {
                guard problem.status == .implementing || problem.status == .followingUp else {
                    return refuse("outcome", .notNow)
                }
            } else if reason.isEmpty {
                return refuse("reason", .required)
            }
            let privacy = FreeTextCheck.errors([("reason", reason)])
            guard privacy.isEmpty else { return .failure(ValidationFailure(privacy)) }
            next.status = .closed
            next.outcome = outcome
            next.closingReason = reason.isEmpty ? nil : reason
            next.closingEvaluationID = evaluationID
            next.closedAt = time
        case .assign(let group):
            next.workingGroupID = group
        case .addEvidence(let evidence):
            guard evidence.hasLocalEvidence else { return refuse("evidence", .unknown) }
            next.laterEvidence = (problem.laterEvidence ?? []) + [evidence]
        }
        next.version = problem.version + 1
        return .success(next)
    }

    /// The history entry's action.
    public var action: String {
        switch self {
        case .edit: "edited"
        case .prioritise: "prioritised"
        case .startAnalysis: "analysing"
        case .addCause: "cause_added"
        case .removeCause: "cause_removed"
        case .plan: "planning"
        case .implement: "implementing"
        case .followUp: "following_up"
        case .close(let outcome, _, _): "closed_\(outcome.rawValue)"
        case .assign: "assigned"
        case .addEvidence: "evidence_added"
        }
    }
}
