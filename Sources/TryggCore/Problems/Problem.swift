import Foundation

/// A recurring safety problem the analysis group works on: behaviour, place and time, where it came from,
/// its causes and its place in the knowledge-based cycle (Brå: picture → causes → measures → follow-up).
public struct Problem: Sendable, Codable, Equatable, Identifiable {
    public var id: UUID
    /// P-2026-004: the year it was raised and its number in that year.
    public var code: String
    /// Behaviour, place and time: "Stenkastning mot bussar vid Porsö centrum kvällstid".
    public var title: String
    public var kind: ProblemKind
    public var indicatorCodes: [String]
    public var areaCodes: [String]
    /// When it happens, in words ("fredag–lördag 21–02, mest under skolloven").
    public var timePattern: String
    public var origin: ProblemOrigin
    /// Evidence found after the problem was raised (a later week's focus area, another analysis); nil in rows
    /// written before there was any.
    public var laterEvidence: [ProblemOrigin]?
    /// 1 (highest) to 3, set by a recorded decision.
    public var priority: Int?
    public var priorityDecisionID: UUID?
    public var status: ProblemStatus
    public var outcome: ProblemOutcome?
    /// Why it closed as it did, or why no evaluation stands behind a closing as resolved or reduced.
    public var closingReason: String?
    /// The evaluation a closing as resolved or reduced rests on.
    public var closingEvaluationID: UUID?
    public var closedAt: Date?
    public var causes: [Cause]
    public var workingGroupID: UUID?
    public var createdBy: UUID
    public var createdAt: Date
    public var version: Int

    public init(
        id: UUID = UUID(), code: String, draft: ProblemDraft, createdBy: UUID, createdAt: Date
    ) {
        self.id = id
        self.code = code
        self.title = draft.title
        self.kind = draft.kind
        self.indicatorCodes = draft.indicatorCodes
        self.areaCodes = draft.areaCodes
        self.timePattern = draft.timePattern
        self.origin = draft.origin
        self.status = .proposed
        self.causes = []
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.version = 1
    }

    /// Whether an approved report is part of the problem's evidence: one of its indicators, in one of its
    /// areas (or anywhere, for a problem of the whole municipality).
    public func covers(_ report: Report) -> Bool {
        (report.status == .approved || report.status == .published) && indicatorCodes.contains(report.indicatorCode)
            && (areaCodes.isEmpty || report.areaCode.map(areaCodes.contains) == true)
    }

    /// Worked on at some time in `year`: raised by its end and not closed before it began.
    public func isOpen(during year: Int) -> Bool {
        LocalDate(createdAt).year <= year && (closedAt.map { LocalDate($0).year >= year } ?? true)
    }

    /// The code of the `number`th problem raised in `year`.
    public static func code(year: Int, number: Int) -> String {
        "P-\(year)-" + String(repeating: "0", count: max(0, 3 - String(number).count)) + String(number)
    }
}

/// SARA's kinds of problem: always there, a sudden peak, or low-level but returning.
public enum ProblemKind: String, Sendable, Codable, CaseIterable {
    case chronic
    case spike
    case recurringLowLevel = "recurring_low_level"
}

/// Where a problem was first seen, with a link to that evidence in Trygg.
public struct ProblemOrigin: Sendable, Codable, Equatable {
    public var kind: Kind
    /// A path in Trygg to the evidence (a week, a hot-spot analysis, a monthly picture), or empty.
    public var evidence: String

    /// A link inside Trygg only: a path, no other site, nothing a browser would rewrite into one.
    public var hasLocalEvidence: Bool {
        evidence.hasPrefix("/") && !evidence.hasPrefix("//") && !evidence.contains("\\")
            && !evidence.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }
    }

    public init(kind: Kind, evidence: String = "") {
        self.kind = kind
        self.evidence = evidence
    }

    public enum Kind: String, Sendable, Codable, CaseIterable {
        case weeklyFocus = "weekly_focus"
        case hotSpot = "hot_spot"
        case emergingHotSpot = "emerging_hot_spot"
        case trend
        case walkPoint = "walk_point"
        case survey
        case manual
    }
}
