import FluentKit
import Foundation
import TryggCore

final class AreaRecord: Model, @unchecked Sendable {
    static let schema = "areas"

    @ID(key: .id) var id: UUID?
    @Field(key: "municipality_id") var municipalityID: UUID
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "active") var active: Bool

    init() {}

    var value: Area { Area(id: id!, code: code, name: name, active: active) }
}
