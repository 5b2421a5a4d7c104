import FluentKit
import Foundation
import TryggCore

final class IndicatorRecord: Model, @unchecked Sendable {
    static let schema = "indicators"

    @ID(key: .id) var id: UUID?
    @Field(key: "municipality_id") var municipalityID: UUID
    @Field(key: "code") var code: String
    @Field(key: "name_sv") var nameSv: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "asks_for_people_count") var asksForPeopleCount: Bool
    @Field(key: "active") var active: Bool
    @Field(key: "position") var position: Int
    /// M017: what to report under this indicator, in both languages.
    @OptionalField(key: "guidance_sv") var guidanceSv: String?
    @OptionalField(key: "guidance_en") var guidanceEn: String?
    @Children(for: \.$indicator) var subtypes: [IndicatorSubtypeRecord]

    init() {}

    var value: Indicator {
        Indicator(
            id: id!, code: code, nameSv: nameSv, nameEn: nameEn, asksForPeopleCount: asksForPeopleCount,
            active: active,
            subtypes: $subtypes.value?.sorted { $0.position < $1.position }.map(\.value) ?? [],
            guidanceSv: guidanceSv ?? "", guidanceEn: guidanceEn ?? ""
        )
    }
}

final class IndicatorSubtypeRecord: Model, @unchecked Sendable {
    static let schema = "indicator_subtypes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "indicator_id") var indicator: IndicatorRecord
    @Field(key: "code") var code: String
    @Field(key: "name_sv") var nameSv: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "active") var active: Bool
    @Field(key: "position") var position: Int

    init() {}

    init(indicatorID: UUID, subtype: IndicatorSubtype, position: Int) {
        self.$indicator.id = indicatorID
        self.code = subtype.code
        self.nameSv = subtype.nameSv
        self.nameEn = subtype.nameEn
        self.active = subtype.active
        self.position = position
    }

    var value: IndicatorSubtype { IndicatorSubtype(code: code, nameSv: nameSv, nameEn: nameEn, active: active) }
}
