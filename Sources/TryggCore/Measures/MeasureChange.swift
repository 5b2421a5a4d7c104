import Foundation

/// One step in a measure's life with its guard; `MeasureStore.apply` writes each the same way.
public enum MeasureChange: Sendable, Equatable {
    case edit(MeasureDraft)
    /// A decision of the analysis group; needs a responsible organisation, planned dates, at least one cause
    /// and a stated expected effect.
    case decide(decisionID: UUID?)
    /// Work begins; the evaluation design locks.
    case start(on: LocalDate)
    /// Carried out: needs the actual end and how faithfully it was done.
    case complete(on: LocalDate, fidelity: Fidelity, actualCost: Int?, hours: Int?)
    case postpone(reason: String)
    case resume
    case cancel(reason: String)
    /// A line in the progress log, from the responsible contact or the planners.
    case logProgress(String)

    /// The measure after the change, or why it may not happen now.
    public func applied(to measure: Measure, by actorID: UUID, at time: Date) -> Result<Measure, ValidationFailure> {
        var next = measure
        func refuse(_ field: String, _ why: FieldError.Problem) -> Result<Measure, ValidationFailure> {
            .failure(ValidationFailure([FieldError(field, why)]))
        }
        if measure.status.isFinished, !(self.isLog && measure.status == .implemented) {
            return refuse("status", .closedAlready)
        }
        switch self {
        case .edit(let draft):
            // What the decision rested on (causes, effect, area, who answers for it) changes only by a new
            // decision: postpone, edit, decide again.
            if measure.status != .proposed && measure.status != .postponed {
                var locked: [FieldError] = []
                if draft.causeIDs != measure.causeIDs { locked.append(.init("causes", .lockedByDecision)) }
                if draft.expectedEffect != measure.expectedEffect {
                    locked.append(.init("outcomeIndicators", .lockedByDecision))
                }
                if draft.areaCode != measure.areaCode { locked.append(.init("area", .lockedByDecision)) }
                if draft.organisationID != measure.organisationID {
                    locked.append(.init("organisation", .lockedByDecision))
                }
                guard locked.isEmpty else { return .failure(ValidationFailure(locked)) }
            }
            next.title = draft.title
            next.type = draft.type
            next.category = draft.category
            next.causeIDs = draft.causeIDs
            next.areaCode = draft.areaCode
            next.organisationID = draft.organisationID
            next.contactUserID = draft.contactUserID
            next.partners = draft.partners
            next.plannedStart = draft.plannedStart
            next.plannedEnd = draft.plannedEnd
            next.expectedEffect = draft.expectedEffect
            next.plannedCost = draft.plannedCost
        case .decide(let decisionID):
            guard measure.status == .proposed || measure.status == .postponed else { return refuse("status", .notNow) }
            var missing: [FieldError] = []
            if measure.plannedStart == nil { missing.append(.init("plannedStart", .required)) }
            if measure.plannedEnd == nil { missing.append(.init("plannedEnd", .required)) }
            if measure.causeIDs.isEmpty { missing.append(.init("causes", .required)) }
            if measure.expectedEffect.indicatorCodes.isEmpty { missing.append(.init("outcomeIndicators", .required)) }
            if measure.expectedEffect.mechanism.trimmingCharacters(in: .whitespaces).isEmpty {
                missing.append(.init("mechanism", .required))
            }
            guard missing.isEmpty else { return .failure(ValidationFailure(missing)) }
            guard let decisionID else { return refuse("decision", .needsDecision) }
            next.status = .decided
            next.decisionID = decisionID
        case .start(let day):
            guard measure.status == .decided else {
                return refuse("status", measure.status == .proposed ? .needsDecision : .notNow)
            }
            next.status = .inProgress
            next.actualStart = day
        case .complete(let day, let fidelity, let cost, let hours):
            guard measure.status == .inProgress else { return refuse("status", .notNow) }
            if let start = measure.actualStart, day < start { return refuse("actualEnd", .endBeforeStart) }
            if !Measure.costs.contains(cost ?? 0) { return refuse("actualCost", .outOfRange) }
            if !Measure.hourRange.contains(hours ?? 0) { return refuse("hours", .outOfRange) }
            next.status = .implemented
            next.actualEnd = day
            next.fidelity = fidelity
            next.actualCost = cost
            next.hours = hours
        case .postpone(let reason), .cancel(let reason):
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty else { return refuse("reason", .required) }
            let privacy = FreeTextCheck.errors([("reason", reason)])
            guard privacy.isEmpty else { return .failure(ValidationFailure(privacy)) }
            if case .postpone = self {
                guard measure.status == .decided || measure.status == .inProgress else {
                    return refuse("status", .notNow)
                }
                next.status = .postponed
            } else {
                next.status = .cancelled
            }
            next.statusReason = reason
        case .resume:
            guard measure.status == .postponed else { return refuse("status", .notNow) }
            next.status = measure.actualStart == nil ? .decided : .inProgress
            next.statusReason = nil
        case .logProgress(let text):
            let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { return refuse("progress", .required) }
            guard text.count <= 1000 else { return refuse("progress", .tooLong) }
            let privacy = FreeTextCheck.errors([("progress", text)])
            guard privacy.isEmpty else { return .failure(ValidationFailure(privacy)) }
            next.progress.append(ProgressEntry(at: time, actorID: actorID, text: text))
        }
        next.version = measure.version + 1
        return .success(next)
    }

    /// A line in the progress log, which adds to the measure without changing it.
    public var isLog: Bool { if case .logProgress = self { true } else { false } }

    /// The history entry's action.
    public var action: String {
        switch self {
        case .edit: "edited"
        case .decide: "decided"
        case .start: "started"
        case .complete: "implemented"
        case .postpone: "postponed"
        case .resume: "resumed"
        case .cancel: "cancelled"
        case .logProgress: "progress"
        }
    }
}
