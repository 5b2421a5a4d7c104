import Foundation
import TryggCore
import TryggStore

/// The coordinator's organisation administration.
struct OrganisationsAdmin: AdminResource {
    let organisations: OrganisationStore
    let name = "organisations"
    let path = Route.admin(.organisations).path

    func items() async throws -> [Organisation] { try await organisations.all() }
    func find(_ id: UUID) async throws -> Organisation? { try await organisations.find(id) }
    func isActive(_ item: Organisation) -> Bool { item.active }

    func emptyDraft() -> OrganisationDraft { OrganisationDraft(code: "", name: "", kind: .department) }
    func draft(from item: Organisation) -> OrganisationDraft {
        OrganisationDraft(code: item.code, name: item.name, kind: item.kind)
    }

    func draft(from form: FormData) -> OrganisationDraft {
        OrganisationDraft(
            code: form["code"].trimmingCharacters(in: .whitespaces), name: form["name"],
            kind: OrganisationKind(rawValue: form["kind"]))
    }

    func fields(for draft: OrganisationDraft, creating: Bool, texts: Texts) async throws -> [FormField] {
        [
            FormField(
                name: "code", label: texts["catalogue_code"], value: draft.code, hint: texts["catalogue_code_hint"],
                required: true),
            FormField(name: "name", label: texts["catalogue_name"], value: draft.name, required: true),
            FormField(
                name: "kind", label: texts["organisations_kind"], kind: .select,
                options: OrganisationKind.allCases.map {
                    .init(value: $0.rawValue, label: texts.kind($0), selected: $0 == draft.kind)
                },
                required: true),
        ]
    }

    func create(_ draft: OrganisationDraft) async throws -> UUID { try await organisations.create(draft).id }
    func update(_ id: UUID, with draft: OrganisationDraft) async throws {
        try await organisations.update(id, with: draft)
    }
    func setActive(_ id: UUID, _ active: Bool) async throws { try await organisations.setActive(id, active) }

    func columns(texts: Texts) -> [String] {
        [texts["catalogue_name"], texts["catalogue_code"], texts["organisations_kind"], texts["admin_status"]]
    }

    func cells(for item: Organisation, texts: Texts) -> [String] { [item.name, item.code, texts.kind(item.kind)] }
}
