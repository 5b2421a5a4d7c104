import Foundation
import TryggCore
import TryggStore

/// The coordinator's list of areas (names and codes; polygons arrive with area import).
struct AreasAdmin: AdminResource {
    let areas: AreaStore
    let name = "areas"
    let path = Route.admin(.areas).path

    func items() async throws -> [Area] { try await areas.all() }
    func find(_ id: UUID) async throws -> Area? { try await areas.find(id) }
    func isActive(_ item: Area) -> Bool { item.active }

    func emptyDraft() -> AreaDraft { AreaDraft(code: "", name: "") }
    func draft(from item: Area) -> AreaDraft { AreaDraft(code: item.code, name: item.name) }
    func draft(from form: FormData) -> AreaDraft {
        AreaDraft(code: form["code"].trimmingCharacters(in: .whitespaces), name: form["name"])
    }

    func fields(for draft: AreaDraft, creating: Bool, texts: Texts) async throws -> [FormField] {
        [
            FormField(
                name: "code", label: texts["catalogue_code"], value: draft.code, hint: texts["catalogue_code_hint"],
                required: true),
            FormField(name: "name", label: texts["catalogue_name"], value: draft.name, required: true),
        ]
    }

    func create(_ draft: AreaDraft) async throws -> UUID { try await areas.create(draft).id }
    func update(_ id: UUID, with draft: AreaDraft) async throws { try await areas.update(id, with: draft) }
    func setActive(_ id: UUID, _ active: Bool) async throws { try await areas.setActive(id, active) }

    var extraLink: (href: String, labelKey: String)? { (Route.areasImport.path, "areas_import_link") }

    func columns(texts: Texts) -> [String] {
        [texts["catalogue_name"], texts["catalogue_code"], texts["map_boundary"], texts["admin_status"]]
    }

    func cells(for item: Area, texts: Texts) -> [String] {
        [
            item.name, item.code,
            texts[
                item.geometry == nil
                    ? "map_no_boundary" : (item.approximate ? "map_boundary_approximate" : "map_boundary_imported")],
        ]
    }
}
