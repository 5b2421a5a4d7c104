import Foundation

/// Something a user is told about: in Trygg always, and by e-mail when they asked for that kind.
public struct Notice: Sendable, Equatable, Identifiable {
    /// The kinds a user can choose to get by e-mail.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// A reviewer sent the user's report back for completion.
        case returnedReport = "returned_report"
        /// A weekly situation picture was published.
        case weekPublished = "week_published"
        /// The coming meeting has an agenda of reports to review.
        case agendaReady = "agenda_ready"

        /// Who may choose this kind: the roles it concerns.
        public var roles: Set<Role> {
            switch self {
            case .returnedReport: [.reporter]
            case .weekPublished: Set(Role.allCases)
            case .agendaReady: [.reviewer, .coordinator]
            }
        }
    }

    /// Where the e-mail of a notice stands.
    public enum Mail: String, Sendable, Codable {
        /// The user did not ask for this kind by e-mail (or has no address).
        case none
        case pending
        case sent
        /// Refused for good by the mail server, or still failing after every retry.
        case failed
        /// Never sent: too old by the time mail could go (SMTP was not configured then).
        case expired
    }

    public var id: UUID
    public var userID: UUID
    public var kind: Kind
    /// What the notice is about, as the page and the mail need it: a report id, a week, a count.
    public var subject: [String: String]
    public var createdAt: Date
    public var readAt: Date?
    public var mail: Mail

    public init(
        id: UUID = UUID(), userID: UUID, kind: Kind, subject: [String: String], createdAt: Date, readAt: Date? = nil,
        mail: Mail = .none
    ) {
        self.id = id
        self.userID = userID
        self.kind = kind
        self.subject = subject
        self.createdAt = createdAt
        self.readAt = readAt
        self.mail = mail
    }
}

/// When a failed e-mail is tried again: a minute, five, half an hour, two hours, then every six hours,
/// eight tries in all, so a mail server down for a night still gets the morning's messages.
public enum MailRetry {
    public static let maximumAttempts = 8

    public static func delay(afterAttempt attempt: Int) -> TimeInterval {
        switch attempt {
        case ...1: 60
        case 2: 300
        case 3: 1_800
        case 4: 7_200
        default: 21_600
        }
    }

    /// A notice older than this is not mailed any more; it is still in Trygg.
    public static let staleAfter: TimeInterval = 3 * 86_400
}
