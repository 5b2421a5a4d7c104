import Foundation

/// A working group (arbetsgrupp) the analysis group appoints: a mandate, a convenor, members from several
/// organisations and the problems it works on. Its members edit their group's problems and measures, and
/// nobody else's.
public struct WorkingGroup: Sendable, Codable, Equatable, Identifiable {
    public var id: UUID
    public var name: String
    /// What the group is to do (uppdrag).
    public var mandate: String
    public var convenorID: UUID
    public var memberIDs: [UUID]
    public var status: Status
    /// The decision that appointed it.
    public var decisionID: UUID?
    public var createdBy: UUID
    public var createdAt: Date
    public var version: Int

    public init(id: UUID = UUID(), draft: WorkingGroupDraft, decisionID: UUID?, createdBy: UUID, createdAt: Date) {
        self.id = id
        self.name = draft.name
        self.mandate = draft.mandate
        self.convenorID = draft.convenorID
        self.memberIDs = draft.memberIDs
        self.status = draft.status
        self.decisionID = decisionID
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.version = 1
    }

    /// The convenor and the members.
    public func includes(_ userID: UUID) -> Bool { convenorID == userID || memberIDs.contains(userID) }

    public enum Status: String, Sendable, Codable, CaseIterable {
        case active
        case paused
        case closed
    }
}

/// What the coordinator writes when appointing or changing a working group.
public struct WorkingGroupDraft: Sendable, Equatable {
    public var name: String
    public var mandate: String
    public var convenorID: UUID
    public var memberIDs: [UUID]
    public var status: WorkingGroup.Status

    public init(
        name: String, mandate: String, convenorID: UUID, memberIDs: [UUID], status: WorkingGroup.Status = .active
    ) {
        self.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        self.mandate = mandate.trimmingCharacters(in: .whitespacesAndNewlines)
        self.convenorID = convenorID
        // The convenor is a member by office; listing them twice would count them twice.
        self.memberIDs = memberIDs.reduce(into: []) { list, id in
            if id != convenorID && !list.contains(id) { list.append(id) }
        }
        self.status = status
    }

    /// Every problem with the draft, given the municipality's active users.
    public func errors(users: Set<UUID>) -> [FieldError] {
        var errors: [FieldError] = []
        if name.isEmpty { errors.append(.init("name", .required)) }
        if name.count > 200 { errors.append(.init("name", .tooLong)) }
        if mandate.isEmpty { errors.append(.init("mandate", .required)) }
        if mandate.count > 2000 { errors.append(.init("mandate", .tooLong)) }
        if !users.contains(convenorID) { errors.append(.init("convenor", .unknown)) }
        if memberIDs.contains(where: { !users.contains($0) }) { errors.append(.init("members", .unknown)) }
        return errors + FreeTextCheck.errors([("name", name), ("mandate", mandate)])
    }
}

extension User {
    /// Planners work on every problem and its measures; the members of the problem's working group (while it
    /// is not closed) on their group's.
    public func mayWork(on problem: Problem, groups: [WorkingGroup]) -> Bool {
        can(.plan)
            || groups.contains { $0.id == problem.workingGroupID && $0.status != .closed && $0.includes(id) }
    }
}
