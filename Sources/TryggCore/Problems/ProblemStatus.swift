/// Where a problem is in the cycle, from proposed to closed with an outcome.
public enum ProblemStatus: String, Sendable, Codable, CaseIterable {
    case proposed
    /// The analysis group gave it a priority.
    case prioritised
    /// Causes are being analysed.
    case analysing
    /// Measures are being planned.
    case planning
    case implementing
    case followingUp = "following_up"
    case closed

    /// Still being worked on.
    public var isOpen: Bool { self != .closed }

    /// Its causes are being or have been analysed: causes may be added and removed.
    public var analysed: Bool { [.analysing, .planning, .implementing, .followingUp].contains(self) }
}

/// How a closed problem ended.
public enum ProblemOutcome: String, Sendable, Codable, CaseIterable {
    case resolved
    case reduced
    case unchanged
    /// Merged into or replaced by another problem.
    case superseded
    /// Not taken up.
    case rejected

    /// Claims an effect, so it needs an evaluation or a stated reason why none was made.
    public var claimsEffect: Bool { self == .resolved || self == .reduced }
}
