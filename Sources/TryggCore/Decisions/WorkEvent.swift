import Foundation

/// One entry in the history of a problem, measure or evaluation design: who, when, what and why.
public struct WorkEvent: Sendable, Codable, Equatable {
    public var at: Date
    public var actorID: UUID
    /// `prioritised`, `cause_added`, `decided`, `closed_reduced` …
    public var action: String
    public var comment: String?

    public init(at: Date, actorID: UUID, action: String, comment: String?) {
        self.at = at
        self.actorID = actorID
        self.action = action
        self.comment = comment
    }
}
