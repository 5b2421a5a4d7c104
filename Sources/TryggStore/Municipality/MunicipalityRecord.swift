import FluentKit
import Foundation
import TryggCore

final class MunicipalityRecord: Model, @unchecked Sendable {
    static let schema = "municipalities"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, name: String) {
        self.id = id
        self.name = name
    }

    var value: Municipality { Municipality(id: id!, name: name) }
}
