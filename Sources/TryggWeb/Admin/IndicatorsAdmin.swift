import Foundation
import TryggCore
import TryggStore

/// The coordinator's indicator catalogue, sub-types edited as one line each.
struct IndicatorsAdmin: AdminResource {
    let indicators: IndicatorStore
    let name = "indicators"
    let path = Route.admin(.indicators).path

    func items() async throws -> [Indicator] { try await indicators.all() }
    func find(_ id: UUID) async throws -> Indicator? { try await indicators.find(id) }
    func isActive(_ item: Indicator) -> Bool { item.active }

    func emptyDraft() -> IndicatorDraft {
        IndicatorDraft(code: "", nameSv: "", nameEn: "", asksForPeopleCount: false, subtypeLines: "")
    }
    func draft(from item: Indicator) -> IndicatorDraft { IndicatorDraft(item) }

    func draft(from form: FormData) -> IndicatorDraft {
        IndicatorDraft(
            code: form["code"].trimmingCharacters(in: .whitespaces), nameSv: form["nameSv"], nameEn: form["nameEn"],
            asksForPeopleCount: form["asksForPeopleCount"] == "true", subtypeLines: form["subtypes"],
            guidanceSv: form["guidanceSv"], guidanceEn: form["guidanceEn"]
        )
    }

    func fields(for draft: IndicatorDraft, creating: Bool, texts: Texts) async throws -> [FormField] {
        [
            FormField(
                name: "code", label: texts["catalogue_code"], value: draft.code, hint: texts["catalogue_code_hint"],
                required: true),
            FormField(name: "nameSv", label: texts["catalogue_name_sv"], value: draft.nameSv, required: true),
            FormField(name: "nameEn", label: texts["catalogue_name_en"], value: draft.nameEn, required: true),
            .checkbox(name: "asksForPeopleCount", label: texts["indicators_people"], checked: draft.asksForPeopleCount),
            FormField(
                name: "subtypes", label: texts["indicators_subtypes"], kind: .textarea, value: draft.subtypeLines,
                hint: texts["indicators_subtypes_hint"]),
            FormField(
                name: "guidanceSv", label: texts["indicators_guidance_sv"], kind: .textarea, value: draft.guidanceSv,
                hint: texts["indicators_guidance_hint"]),
            FormField(
                name: "guidanceEn", label: texts["indicators_guidance_en"], kind: .textarea, value: draft.guidanceEn),
        ]
    }

    func create(_ draft: IndicatorDraft) async throws -> UUID { try await indicators.create(draft).id }
    func update(_ id: UUID, with draft: IndicatorDraft) async throws { try await indicators.update(id, with: draft) }
    func setActive(_ id: UUID, _ active: Bool) async throws { try await indicators.setActive(id, active) }

    func columns(texts: Texts) -> [String] {
        [texts["catalogue_name"], texts["catalogue_code"], texts["indicators_subtypes"], texts["admin_status"]]
    }

    func cells(for item: Indicator, texts: Texts) -> [String] {
        [
            texts.name(sv: item.nameSv, en: item.nameEn), item.code,
            item.subtypes.filter(\.active).map { texts.name(sv: $0.nameSv, en: $0.nameEn) }.joined(separator: ", "),
        ]
    }
}
