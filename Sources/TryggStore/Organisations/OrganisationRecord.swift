import FluentKit
import Foundation
import TryggCore

final class OrganisationRecord: Model, @unchecked Sendable {
    static let schema = "organisations"

    @ID(key: .id) var id: UUID?
    @Field(key: "municipality_id") var municipalityID: UUID
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @Field(key: "active") var active: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(municipalityID: UUID, code: String, name: String, kind: OrganisationKind) {
        self.municipalityID = municipalityID
        self.code = code
        self.name = name
        self.kind = kind.rawValue
        self.active = true
    }

    var value: Organisation {
        Organisation(id: id!, code: code, name: name, kind: OrganisationKind(rawValue: kind) ?? .other, active: active)
    }
}
