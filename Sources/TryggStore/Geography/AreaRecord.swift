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
    @OptionalField(key: "geometry") var geometry: String?
    @Field(key: "approximate") var approximate: Bool

    init() {}

    var value: Area {
        Area(
            id: id!, code: code, name: name, active: active, geometry: geometry.flatMap(AreaGeometry.init(storedJSON:)),
            approximate: approximate)
    }
}
