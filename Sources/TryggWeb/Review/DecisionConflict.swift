import Foundation
import TryggCore
import TryggStore

/// Says, when a decision lost to someone else's, what the other person did: "Godkänd av Greta Granskare,
/// 2026-11-25 14:02". A reviewer who sees only "changed meanwhile" cannot tell whether to act again.
struct DecisionConflict {
    let store: ReportStore
    let users: [UUID: String]
    let texts: Texts

    init(_ stores: MunicipalityStores, texts: Texts) async throws {
        store = stores.reports
        users = Dictionary(uniqueKeysWithValues: try await stores.users.all().map { ($0.id, $0.displayName) })
        self.texts = texts
    }

    /// The current state of the report and the latest change to it, in one sentence.
    func describe(_ id: UUID) async throws -> String {
        guard let report = try await store.find(id, scope: .all) else { return texts["problem_changedMeanwhile"] }
        let status = texts["status_\(report.status.rawValue)"].lowercased()
        guard let last = try await store.history(of: id).last else { return status }
        return texts["conflict_sentence"]
            .replacingOccurrences(of: "{status}", with: status)
            .replacingOccurrences(of: "{action}", with: texts["event_\(last.action.rawValue)"])
            .replacingOccurrences(of: "{who}", with: users[last.actorID] ?? "?")
            .replacingOccurrences(of: "{when}", with: LocalTime.minute(last.at))
    }
}
