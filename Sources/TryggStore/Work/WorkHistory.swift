import FluentKit
import Foundation
import TryggCore

/// The history of problems, measures and evaluations: append-only, written in the change's transaction.
public struct WorkHistory: Sendable {
    let database: TryggDatabase
    let municipalityID: UUID

    /// Every entry about one object, oldest first.
    public func entries(_ subjectID: UUID) async throws -> [WorkEvent] {
        try await WorkEventRecord.query(on: database.db).filter(\.$municipalityID == municipalityID)
            .filter(\.$subjectID == subjectID).sort(\.$at).all()
            .map { WorkEvent(at: $0.at, actorID: $0.actorID, action: $0.action, comment: $0.comment) }
    }

    static func write(
        _ action: String, about subjectID: UUID, by actorID: UUID, at time: Date, comment: String?,
        municipalityID: UUID, on db: any Database
    ) async throws {
        try await WorkEventRecord(
            municipalityID: municipalityID, subjectID: subjectID, at: time, actorID: actorID, action: action,
            comment: comment
        ).create(on: db)
    }
}
