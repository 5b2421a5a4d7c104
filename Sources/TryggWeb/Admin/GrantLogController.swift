import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The coordinator's read of the grant log: every change of roles and of the restricted grant, newest first.
struct GrantLogController {
    let renderer: PageRenderer

    struct Row: Sendable {
        var when: String
        var user: String
        var actor: String
        var roles: String
        var restricted: String
        /// Giving or taking away the extremism material is what a reader of this log looks for first.
        var restrictedChanged: Bool
    }

    struct Page: Sendable {
        var intro: String
        var rows: [Row]
        var usersHref: String
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, Route.grantLog) { request, context, signedIn in
            let texts = renderer.texts(context)
            let users = signedIn.stores.users
            let names = Dictionary(
                uniqueKeysWithValues: try await users.all().map { ($0.id, $0.displayName + " (\($0.username))") })
            func roles(_ set: Set<Role>?) -> String {
                guard let set else { return "–" }
                return set.sorted().map { texts.role($0) }.joined(separator: ", ")
            }
            func restricted(_ flag: Bool?) -> String { flag.map { texts[$0 ? "grants_yes" : "grants_no"] } ?? "–" }
            let rows = try await users.grantChanges().map { change in
                Row(
                    when: LocalTime.minute(change.at), user: names[change.userID] ?? "?",
                    actor: change.actorID.map { names[$0] ?? "?" } ?? texts["grants_command_line"],
                    roles: change.rolesBefore == change.rolesAfter
                        ? roles(change.rolesAfter)
                        : "\(roles(change.rolesBefore)) → \(roles(change.rolesAfter))",
                    restricted: change.restrictedBefore == change.restrictedAfter
                        ? restricted(change.restrictedAfter)
                        : "\(restricted(change.restrictedBefore)) → \(restricted(change.restrictedAfter))",
                    restrictedChanged: change.changesRestrictedAccess
                )
            }
            return renderer.page(
                "grant-log", title: texts["grants_title"],
                page: Page(intro: texts["grants_intro"], rows: rows, usersHref: Route.admin(.users).path),
                request: request, context: context
            )
        }
    }
}
