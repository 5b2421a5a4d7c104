import Foundation
import TryggCore
import TryggStore

/// The coordinator's user administration.
struct UsersAdmin: AdminResource {
    let users: UserStore
    let organisations: OrganisationStore
    /// The coordinator making changes, named in the grant log.
    let actorID: UUID
    let name = "users"
    let path = Route.admin(.users).path

    func items() async throws -> [User] { try await users.all() }
    func find(_ id: UUID) async throws -> User? { try await users.find(id) }
    func isActive(_ item: User) -> Bool { item.active }

    func emptyDraft() -> UserDraft { UserDraft(username: "", displayName: "", organisationID: nil, roles: [.reporter]) }

    func draft(from item: User) -> UserDraft {
        UserDraft(
            username: item.username, displayName: item.displayName, organisationID: item.organisationID,
            roles: item.roles, restrictedAccess: item.restrictedAccess
        )
    }

    func draft(from form: FormData) -> UserDraft {
        UserDraft(
            username: form["username"].trimmingCharacters(in: .whitespaces).lowercased(),
            displayName: form["displayName"], organisationID: UUID(uuidString: form["organisation"]),
            roles: Set(form.all("roles").compactMap(Role.init(rawValue:))),
            restrictedAccess: form["restrictedAccess"] == "true", password: form["password"]
        )
    }

    func fields(for draft: UserDraft, creating: Bool, texts: Texts) async throws -> [FormField] {
        let organisations = try await organisations.all().filter { $0.active || $0.id == draft.organisationID }
        return [
            FormField(
                name: "username", label: texts["users_username"], value: draft.username,
                hint: texts["users_username_hint"], required: true),
            FormField(
                name: "displayName", label: texts["users_display_name"], value: draft.displayName, required: true),
            FormField(
                name: "organisation", label: texts["users_organisation"], kind: .select,
                options: [.init(value: "", label: texts["form_choose"], selected: draft.organisationID == nil)]
                    + organisations.map {
                        .init(value: $0.id.uuidString, label: $0.name, selected: $0.id == draft.organisationID)
                    },
                required: true),
            FormField(
                name: "roles", label: texts["users_roles"], kind: .checkboxes,
                options: Role.displayOrder.map {
                    .init(value: $0.rawValue, label: texts.role($0), selected: draft.roles.contains($0))
                }),
            .checkbox(
                name: "restrictedAccess", label: texts["users_restricted"], checked: draft.restrictedAccess,
                hint: texts["users_restricted_hint"]),
            FormField(
                name: "password", label: texts["users_password"], kind: .password,
                hint: texts[creating ? "users_password_hint_new" : "users_password_hint_edit"],
                required: creating, autocomplete: "new-password"),
        ]
    }

    func create(_ draft: UserDraft) async throws -> UUID { try await users.create(draft, by: actorID).id }
    func update(_ id: UUID, with draft: UserDraft) async throws { try await users.update(id, with: draft, by: actorID) }
    func setActive(_ id: UUID, _ active: Bool) async throws { try await users.setActive(id, active) }

    func columns(texts: Texts) -> [String] {
        [
            texts["users_username"], texts["users_display_name"], texts["users_roles"],
            texts["users_restricted_column"], texts["admin_status"],
        ]
    }

    var extraLink: (href: String, labelKey: String)? { (Route.grantLog.path, "grants_title") }

    func rowActions(for item: User) -> [(href: String, labelKey: String)] {
        item.active ? [(Route.issueReset(.value(item.id)).path, "users_reset")] : []
    }

    func cells(for item: User, texts: Texts) -> [String] {
        [
            item.username, item.displayName, item.sortedRoles.map { texts.role($0) }.joined(separator: ", "),
            texts[item.restrictedAccess ? "users_restricted_yes" : "users_restricted_no"],
        ]
    }
}
