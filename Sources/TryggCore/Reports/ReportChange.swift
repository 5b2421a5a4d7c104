import Foundation

/// One step in a report's life: the statuses it may start from, the status it leaves, and what it writes to
/// the history. Storage applies every step the same way (`ReportStore.apply`), so the rules live here.
public enum ReportChange: Sendable, Equatable {
    /// The reporter changes a report that awaits review, or resubmits one that was returned.
    case edit
    /// A reviewer changes a report that awaits review; a changed description is a redaction.
    case correct
    case decide(ReviewDecision)
    /// The report is a duplicate of the one kept.
    case merge(into: UUID)
    /// The weekly meeting of the week closed with the report approved.
    case publish(ISOWeek)

    /// The status after the change, or nil when the change may not start from `status`.
    public func next(from status: ReportStatus) -> ReportStatus? {
        switch self {
        case .edit: status.editableByReporter ? .submitted : nil
        case .correct: status == .submitted ? .submitted : nil
        case .decide(let decision): status.after(decision)
        case .merge: status == .submitted ? .merged : nil
        case .publish: status == .approved ? .published : nil
        }
    }

    /// The history events the change writes. `comment` is the reviewer's words on a decision; a correction
    /// that changed the description passes the original, kept for coordinators as a redaction.
    public func events(
        from status: ReportStatus, by actorID: UUID, at time: Date, comment: String? = nil,
        redactedOriginal: String? = nil
    ) -> [ReportEvent] {
        func event(_ action: ReportEvent.Action, _ comment: String? = nil) -> ReportEvent {
            ReportEvent(at: time, actorID: actorID, action: action, comment: comment)
        }
        switch self {
        case .edit: return [event(status == .returned ? .resubmitted : .edited)]
        case .correct: return [event(.edited)] + (redactedOriginal.map { [event(.redacted, $0)] } ?? [])
        case .decide(.approve): return [event(.approved, comment)]
        case .decide(.return): return [event(.returned, comment)]
        case .decide(.reject): return [event(.rejected, comment)]
        case .merge(let kept): return [event(.merged, kept.uuidString)]
        case .publish(let week): return [event(.published, week.description)]
        }
    }
}
