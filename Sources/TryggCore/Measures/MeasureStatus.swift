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
    /// Those who may work on the measure's problem log its progress, and so does its responsible contact.
    public func mayLogProgress(on measure: Measure, problem: Problem, groups: [WorkingGroup]) -> Bool {
        measure.contactUserID == id || mayWork(on: problem, groups: groups)
    }
}
