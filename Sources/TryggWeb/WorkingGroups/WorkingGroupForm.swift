import Foundation
import TryggCore
import TryggStore

/// The working group form: values as typed (or stored), and the draft and decision a posted form describes.
enum WorkingGroupForm {
    static func values(_ group: WorkingGroup) -> FormData {
        FormData(fields: [
            "name": [group.name], "mandate": [group.mandate], "convenor": [group.convenorID.uuidString],
            "members": group.memberIDs.map(\.uuidString), "status": [group.status.rawValue],
            "version": [String(group.version)],
        ])
    }

    static func read(_ form: FormData) -> Result<WorkingGroupDraft, ValidationFailure> {
        guard let convenor = UUID(uuidString: form["convenor"]) else {
            return .failure(ValidationFailure([.init("convenor", form["convenor"].isEmpty ? .required : .unknown)]))
        }
        return .success(
            WorkingGroupDraft(
                name: form["name"], mandate: form["mandate"], convenorID: convenor,
                memberIDs: form.all("members").compactMap(UUID.init(uuidString:)),
                status: WorkingGroup.Status(rawValue: form["status"]) ?? .active))
    }

    static func fields(
        _ form: FormData, users: [User], organisations: [UUID: String], creating: Bool, texts: Texts
    )
        -> [FormField]
    {
        let people = users.filter(\.active).sorted { $0.displayName < $1.displayName }
        func label(_ user: User) -> String {
            user.displayName + (organisations[user.organisationID].map { " (\($0))" } ?? "")
        }
        var fields = [
            FormField(name: "name", label: texts["group_name"], value: form["name"], required: true),
            FormField(
                name: "mandate", label: texts["group_mandate"], kind: .textarea, value: form["mandate"],
                hint: texts["group_mandate_hint"], required: true),
            FormField(
                name: "convenor", label: texts["group_convenor"], kind: .select,
                options: [.init(value: "", label: "–", selected: false)]
                    + people.map {
                        .init(value: $0.id.uuidString, label: label($0), selected: $0.id.uuidString == form["convenor"])
                    }, required: true),
            FormField(
                name: "members", label: texts["group_members"], kind: .checkboxes,
                options: people.map {
                    .init(
                        value: $0.id.uuidString, label: label($0),
                        selected: form.all("members").contains($0.id.uuidString))
                }, hint: texts["group_members_hint"]),
            FormField(
                name: "status", label: texts["admin_status"], kind: .select,
                options: WorkingGroup.Status.allCases.map {
                    .init(
                        value: $0.rawValue, label: texts["group_status_\($0.rawValue)"],
                        selected: $0.rawValue == form["status"])
                }),
        ]
        if creating {
            fields += [
                FormField(
                    name: "forum", label: texts["decision_forum"], kind: .select,
                    options: Decision.Forum.allCases.map {
                        .init(
                            value: $0.rawValue, label: texts["forum_\($0.rawValue)"],
                            selected: $0.rawValue == form["forum"])
                    }),
                FormField(
                    name: "meetingDate", label: texts["decision_meeting_date"], kind: .date, value: form["meetingDate"]),
                FormField(
                    name: "decision", label: texts["group_decision"], kind: .textarea, value: form["decision"],
                    hint: texts["group_decision_hint"]),
            ]
        }
        return fields
    }
}
