import Foundation

/// A numbered decision (§) of the analysis group or the steering group: what gives a problem its priority,
/// decides a measure or appoints a working group. The minutes list a meeting's decisions in order.
public struct Decision: Sendable, Codable, Equatable, Identifiable {
    public var id: UUID
    public var forum: Forum
    public var meetingDate: LocalDate
    /// §1, §2 … within the forum's meeting of that date.
    public var paragraph: Int
    public var text: String
    /// What the decision is about, when it is about one thing.
    public var subject: Subject?
    public var createdBy: UUID
    public var createdAt: Date

    public init(
        id: UUID = UUID(), forum: Forum, meetingDate: LocalDate, paragraph: Int, text: String, subject: Subject?,
        createdBy: UUID, createdAt: Date
    ) {
        self.id = id
        self.forum = forum
        self.meetingDate = meetingDate
        self.paragraph = paragraph
        self.text = text
        self.subject = subject
        self.createdBy = createdBy
        self.createdAt = createdAt
    }

    /// The groups whose decisions give a problem or a measure its mandate (the seed page: the steering group
    /// legitimises, the analysis group prioritises).
    public enum Forum: String, Sendable, Codable, CaseIterable {
        case analysisGroup = "analysis_group"
        case steeringGroup = "steering_group"
    }

    /// The object a decision is about.
    public struct Subject: Sendable, Codable, Equatable {
        public var kind: Kind
        public var id: UUID
        public init(_ kind: Kind, _ id: UUID) {
            self.kind = kind
            self.id = id
        }
        public enum Kind: String, Sendable, Codable { case problem, measure }
    }

    /// The decision's text is required and read by many: no personal data.
    public static func errors(text: String) -> [FieldError] {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [FieldError] = []
        if text.isEmpty { errors.append(.init("decision", .required)) }
        if text.count > 2000 { errors.append(.init("decision", .tooLong)) }
        return errors + FreeTextCheck.errors([("decision", text)])
    }
}
