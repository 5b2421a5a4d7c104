/// One problem with one field of a submitted form or API body; all are collected and shown together.
public struct FieldError: Sendable, Equatable, Codable {
    public var field: String
    public var problem: Problem

    public init(_ field: String, _ problem: Problem) {
        self.field = field
        self.problem = problem
    }

    /// The kinds of problem; the web layer turns each into a sentence in the user's language.
    public enum Problem: String, Sendable, Codable, CaseIterable {
        case required
        case tooLong
        case tooShort
        case codeFormat
        case usernameFormat
        case taken
        case unknown
        case atLeastOneRole
        case passwordTooShort
        case passwordTooLong
        case invalidNumber
        case inFuture
        case personalData
        /// Someone else changed the record first.
        case changedMeanwhile
        case invalidDate
        case invalidTime
        case invalidWeek
        case outOfRange
        case endBeforeStart
        case periodTooLong
        /// An analysis over time needs more slices than the period has.
        case tooFewSlices
        /// The study region would be too large for the chosen cell size.
        case tooManyCells
        /// The parameters ask for more computation than a request may take.
        case tooMuchWork
        /// More rows match than one export may hold.
        case tooMany
        /// The current password given to change it was not the user's.
        case wrongPassword
        /// The new password and its repetition differ.
        case mismatch
        /// A one-time link that was used, has expired or never existed.
        case expired
        case invalidEmail
        /// The step is not possible from where the object is now.
        case notNow
        /// A closed problem or a finished measure changes no more.
        case closedAlready
        /// Needs a decision of the analysis or steering group first.
        case needsDecision
        /// Planning measures needs at least one cause.
        case needsCause
        /// Implementing needs at least one decided measure.
        case needsDecidedMeasure
        /// Claiming an effect needs an evaluation or a reason why none was made.
        case needsEvaluationOrReason
        /// Treated, comparison and buffer must be different areas.
        case sameArea
        /// The after period must begin when the before period has ended.
        case overlapsBefore
        /// What a decision rested on changes only by a new decision.
        case lockedByDecision
        /// Still referred to (a cause a measure acts on).
        case inUse
    }
}

/// Thrown when a draft fails validation; carries every field error found.
public struct ValidationFailure: Error, Sendable, Equatable {
    public var errors: [FieldError]
    public init(_ errors: [FieldError]) { self.errors = errors }
}
