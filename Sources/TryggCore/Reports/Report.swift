import Foundation

/// A reported event or observation, as stored and reviewed.
public struct Report: Sendable, Equatable, Identifiable, Codable {
    public var id: UUID
    public var indicatorCode: String
    public var subtypeCode: String?
    public var occurredAt: Date
    public var partOfDay: ReportDraft.PartOfDay?
    public var latitude: Double?
    public var longitude: Double?
    public var areaCode: String?
    public var placeDescription: String
    public var description: String
    public var peopleCount: Int?
    public var status: ReportStatus
    public var reporterID: UUID
    public var organisationID: UUID
    public var createdAt: Date
    /// The reviewer's comment when returned, or the reason when rejected.
    public var reviewComment: String?
    /// Raised by every change, so two reviewers deciding at once cannot both win.
    public var version: Int
    /// The week whose meeting published the report.
    public var publishedWeek: ISOWeek?

    public init(
        id: UUID, indicatorCode: String, subtypeCode: String?, occurredAt: Date, partOfDay: ReportDraft.PartOfDay?,
        latitude: Double?, longitude: Double?, areaCode: String?, placeDescription: String, description: String,
        peopleCount: Int?, status: ReportStatus, reporterID: UUID, organisationID: UUID, createdAt: Date,
        reviewComment: String?, version: Int, publishedWeek: ISOWeek? = nil
    ) {
        self.id = id
        self.indicatorCode = indicatorCode
        self.subtypeCode = subtypeCode
        self.occurredAt = occurredAt
        self.partOfDay = partOfDay
        self.latitude = latitude
        self.longitude = longitude
        self.areaCode = areaCode
        self.placeDescription = placeDescription
        self.description = description
        self.peopleCount = peopleCount
        self.status = status
        self.reporterID = reporterID
        self.organisationID = organisationID
        self.createdAt = createdAt
        self.reviewComment = reviewComment
        self.version = version
        self.publishedWeek = publishedWeek
    }

    public var occurrence: OccurrenceTime { OccurrenceTime(start: occurredAt, partOfDay: partOfDay) }

    /// The ISO week the event belongs to.
    public var week: ISOWeek { occurrence.week }
}

/// One entry of a report's append-only history: who did what, when and why.
public struct ReportEvent: Sendable, Equatable, Codable {
    public enum Action: String, Sendable, Codable {
        case created, edited, resubmitted, approved, returned, rejected, merged, published, redacted
    }

    public var at: Date
    public var actorID: UUID
    public var action: Action
    public var comment: String?

    public init(at: Date, actorID: UUID, action: Action, comment: String? = nil) {
        self.at = at
        self.actorID = actorID
        self.action = action
        self.comment = comment
    }
}

/// Which reports a role may see (docs/domain.md, "Who sees what").
public enum ReportScope: Sendable, Equatable {
    /// A reporter: their own reports.
    case own(UUID)
    /// Reviewers and coordinators: every report of the municipality.
    case all
    /// Analysts: approved and published reports.
    case approved
    /// Readers: published reports only, without who reported them.
    case published

    /// The widest scope the user's roles give.
    public static func of(_ user: User) -> ReportScope {
        if user.can(.review) { return .all }
        if user.can(.analyse) { return .approved }
        if user.can(.report) { return .own(user.id) }
        return .published
    }

    /// A reporter's own reports only.
    public var isOwn: Bool { if case .own = self { true } else { false } }

    public var statuses: [ReportStatus]? {
        switch self {
        case .own, .all: nil
        case .approved: [.approved, .published]
        case .published: [.published]
        }
    }
}
