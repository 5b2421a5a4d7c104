import Foundation

/// One cause of a problem on the crime triangle, with its evidence and how sure the group is.
public struct Cause: Sendable, Codable, Equatable, Identifiable {
    public var id: UUID
    public var leg: Leg
    public var text: String
    /// What supports it: a report count, a walk, an interview (no personal data).
    public var evidence: String
    public var certainty: Certainty

    public init(id: UUID = UUID(), leg: Leg, text: String, evidence: String = "", certainty: Certainty) {
        self.id = id
        self.leg = leg
        self.text = text
        self.evidence = evidence
        self.certainty = certainty
    }

    /// The crime triangle (routine activity theory): someone motivated, something to harm, no one to guard.
    public enum Leg: String, Sendable, Codable, CaseIterable {
        case offender
        case targetVictim = "target_victim"
        case placeGuardian = "place_guardian"
    }

    public enum Certainty: String, Sendable, Codable, CaseIterable {
        case assumption
        case supported
        case verified
    }
}
