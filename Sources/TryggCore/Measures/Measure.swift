import Foundation

/// A measure (åtgärd) against a problem's causes: who does what where and when, what effect it is expected
/// to have (stated before it starts), what it cost, how faithfully it was carried out, and its progress log.
public struct Measure: Sendable, Codable, Equatable, Identifiable {
    public var id: UUID
    public var problemID: UUID
    public var title: String
    public var type: MeasureType
    public var category: MeasureCategory
    /// The causes of the problem it acts on.
    public var causeIDs: [UUID]
    /// The area where it is carried out (the treated area of its evaluation).
    public var areaCode: String?
    public var organisationID: UUID
    /// The person who answers for it and logs its progress.
    public var contactUserID: UUID?
    /// Partners in words ("Lulebo, Polisen").
    public var partners: String
    public var plannedStart: LocalDate?
    public var plannedEnd: LocalDate?
    public var actualStart: LocalDate?
    public var actualEnd: LocalDate?
    public var expectedEffect: ExpectedEffect
    /// Planned and actual cost in kronor, and hours spent.
    public var plannedCost: Int?
    public var actualCost: Int?
    public var hours: Int?
    public var fidelity: Fidelity?
    public var status: MeasureStatus
    public var decisionID: UUID?
    /// Why it was postponed or cancelled.
    public var statusReason: String?
    public var progress: [ProgressEntry]
    public var createdBy: UUID
    public var createdAt: Date
    public var version: Int

    public init(id: UUID = UUID(), draft: MeasureDraft, createdBy: UUID, createdAt: Date) {
        self.id = id
        self.problemID = draft.problemID
        self.title = draft.title
        self.type = draft.type
        self.category = draft.category
        self.causeIDs = draft.causeIDs
        self.areaCode = draft.areaCode
        self.organisationID = draft.organisationID
        self.contactUserID = draft.contactUserID
        self.partners = draft.partners
        self.plannedStart = draft.plannedStart
        self.plannedEnd = draft.plannedEnd
        self.expectedEffect = draft.expectedEffect
        self.plannedCost = draft.plannedCost
        self.hours = nil
        self.status = .proposed
        self.progress = []
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.version = 1
    }

    /// Kronor a measure may cost and hours it may take: a hundred billion kronor or ten million hours is a
    /// mistyped figure, and sums of them must not overflow.
    public static let costs = 0...100_000_000_000
    public static let hourRange = 0...10_000_000

    /// Late: decided or under way and past its planned end (or planned start, for one not yet begun).
    public func isLate(today: LocalDate) -> Bool {
        switch status {
        case .decided: (plannedStart.map { $0 < today } ?? false)
        case .inProgress: (plannedEnd.map { $0 < today } ?? false)
        default: false
        }
    }
}

/// Situational measures act on places and opportunities, social ones on people (and take longer).
public enum MeasureType: String, Sendable, Codable, CaseIterable {
    case situational
    case social
    case mixed
}

/// The kinds of measure Swedish municipalities use most (practice.md §3.2).
public enum MeasureCategory: String, Sendable, Codable, CaseIterable {
    case lighting, clearing, camera, guards
    case policePresence = "police_presence"
    case nightWalks = "night_walks"
    case outreach
    case graffitiRemoval = "graffiti_removal"
    case redesign, information
    case parentSupport = "parent_support"
    case leisure, inspection, other
}

/// The effect a measure is expected to have, written down before it starts so it can be followed up honestly.
public struct ExpectedEffect: Sendable, Codable, Equatable {
    public var direction: Direction
    /// The indicators whose approved reports measure it.
    public var indicatorCodes: [String]
    /// How the measure is meant to work ("fewer dark corners where groups gather").
    public var mechanism: String
    public var expectedBy: LocalDate?

    public init(direction: Direction = .decrease, indicatorCodes: [String], mechanism: String, expectedBy: LocalDate?) {
        self.direction = direction
        self.indicatorCodes = indicatorCodes
        self.mechanism = mechanism
        self.expectedBy = expectedBy
    }

    public enum Direction: String, Sendable, Codable, CaseIterable {
        case decrease
        case increase
    }
}

/// Whether a measure was carried out as planned.
public enum Fidelity: String, Sendable, Codable, CaseIterable {
    case full
    case partial
    case not
}

/// One line of a measure's progress log.
public struct ProgressEntry: Sendable, Codable, Equatable {
    public var at: Date
    public var actorID: UUID
    public var text: String

    public init(at: Date, actorID: UUID, text: String) {
        self.at = at
        self.actorID = actorID
        self.text = text
    }
}
