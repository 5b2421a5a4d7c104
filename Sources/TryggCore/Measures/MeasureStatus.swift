/// Where a measure is: proposed, decided, under way, carried out; or put off or cancelled.
public enum MeasureStatus: String, Sendable, Codable, CaseIterable {
    case proposed
    case decided
    case inProgress = "in_progress"
    case implemented
    case postponed
    case cancelled

    /// Carried out or cancelled: nothing more happens to it.
    public var isFinished: Bool { self == .implemented || self == .cancelled }
}

extension User {
    /// Planners work on every measure; the responsible contact logs the progress of their own.
    public func mayLogProgress(on measure: Measure) -> Bool { can(.plan) || measure.contactUserID == id }
}
