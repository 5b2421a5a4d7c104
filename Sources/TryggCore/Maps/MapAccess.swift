/// Who sees what on a map, and which points lead to their report.
public enum MapAccess {
    /// Approved and published reports for those who analyse or review, published ones for everyone else:
    /// a map is for patterns, so a reporter sees the same published picture as a reader.
    public static func scope(for user: User) -> ReportScope {
        user.can(.review) || user.can(.analyse) ? .approved : .published
    }

    /// Whether the user may open the report behind a point: what their own report scope lets them read.
    public static func mayOpen(_ report: Report, user: User) -> Bool {
        ReportScope.of(user).includes(report)
    }
}

extension ReportScope {
    /// Whether a report lies within the scope.
    public func includes(_ report: Report) -> Bool {
        switch self {
        case .all: true
        case .own(let reporterID): report.reporterID == reporterID
        case .approved, .published: statuses?.contains(report.status) ?? false
        }
    }
}
