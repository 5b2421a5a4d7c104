/// Where a report is in the EST workflow (docs/domain.md): reviewed at the weekly meeting, then published.
public enum ReportStatus: String, Sendable, Codable, CaseIterable {
    case submitted
    /// Sent back to the reporter for completion, with the reviewer's comment.
    case returned
    case approved
    case rejected
    /// Part of a published weekly situation picture.
    case published
    /// Folded into another report of the same event.
    case merged

    /// Whether the reporter may still change the report.
    public var editableByReporter: Bool { self == .submitted || self == .returned }

    /// The decisions a reviewer can take, and what they lead to.
    public func after(_ decision: ReviewDecision) -> ReportStatus? {
        switch (self, decision) {
        case (.submitted, .approve): .approved
        case (.submitted, .return): .returned
        case (.submitted, .reject): .rejected
        default: nil
        }
    }
}

/// A reviewer's decision on a submitted report.
public enum ReviewDecision: String, Sendable, Codable, CaseIterable {
    case approve
    case `return`
    case reject

    /// Returning and rejecting must say why, so the reporter and the history know.
    public var needsComment: Bool { self != .approve }
}
