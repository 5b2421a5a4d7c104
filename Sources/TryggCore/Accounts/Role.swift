/// A role a user holds in the safety work; one user may hold several.
public enum Role: String, CaseIterable, Codable, Sendable, Comparable {
    /// Rapportör: reports events and observations.
    case reporter
    /// Granskare: sits in the weekly coordination meeting and decides on reports.
    case reviewer
    /// Analytiker: the analysis group (beredningsgrupp), reads all approved reports.
    case analyst
    /// Läsare: every department, reads the published weekly situation picture.
    case reader
    /// Samordnare: runs the process and administers catalogues and users.
    case coordinator

    /// The order roles are shown in, from the widest reach to the narrowest.
    public static let displayOrder: [Role] = [.coordinator, .reviewer, .analyst, .reporter, .reader]

    public static func < (lhs: Role, rhs: Role) -> Bool {
        displayOrder.firstIndex(of: lhs)! < displayOrder.firstIndex(of: rhs)!
    }
}
