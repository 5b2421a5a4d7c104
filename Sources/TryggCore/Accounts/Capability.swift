/// What a signed-in person may do. Roles grant capabilities; routes, pages and rules ask for capabilities,
/// never for roles, so a new role (or a role's new duty) is one line here.
public enum Capability: String, Sendable, CaseIterable {
    /// File reports and change one's own until they are reviewed.
    case report
    /// Review every report, hold the weekly meeting and publish its picture.
    case review
    /// Run the analyses and read approved reports before they are published.
    case analyse
    /// Read the published weekly pictures and the map; everyone signed in may.
    case readPublished
    /// Users, catalogues, areas and the municipality's settings.
    case administer
    /// The local situation picture against violent extremism: a grant of its own, on top of any role.
    case restricted
    /// Propose a problem for the analysis group (from a weekly focus area, a hot spot, a rise).
    case propose
    /// Work a problem through: causes, measures, evaluation designs.
    case plan
    /// Record the analysis and steering groups' decisions: priorities, decided measures.
    case decide
}

extension Role {
    /// The capabilities the role grants.
    public var capabilities: Set<Capability> {
        switch self {
        case .reporter: [.report, .readPublished]
        case .reviewer: [.review, .readPublished, .propose]
        case .analyst: [.analyse, .readPublished, .propose, .plan]
        case .coordinator: [.review, .analyse, .administer, .readPublished, .propose, .plan, .decide]
        case .reader: [.readPublished]
        }
    }
}

extension User {
    /// Everything the user's roles and grants allow.
    public var capabilities: Set<Capability> {
        roles.reduce(into: restrictedAccess ? [.restricted] : []) { $0.formUnion($1.capabilities) }
    }

    public func can(_ capability: Capability) -> Bool { capabilities.contains(capability) }
}
