import FluentKit
import Foundation
import TryggCore

final class ReportRecord: Model, @unchecked Sendable {
    static let schema = "reports"

    @ID(key: .id) var id: UUID?
    @Field(key: "municipality_id") var municipalityID: UUID
    @Field(key: "indicator_code") var indicatorCode: String
    @OptionalField(key: "subtype_code") var subtypeCode: String?
    @Field(key: "occurred_at") var occurredAt: Date
    @OptionalField(key: "part_of_day") var partOfDay: String?
    /// Denormalised `YYYY-Www` of `occurred_at`, so week queries use an index.
    @Field(key: "week") var week: String
    @OptionalField(key: "latitude") var latitude: Double?
    @OptionalField(key: "longitude") var longitude: Double?
    @OptionalField(key: "area_code") var areaCode: String?
    @Field(key: "place_description") var placeDescription: String
    @Field(key: "description") var description: String
    @OptionalField(key: "people_count") var peopleCount: Int?
    @Field(key: "status") var status: String
    @Field(key: "reporter_id") var reporterID: UUID
    @Field(key: "organisation_id") var organisationID: UUID
    @OptionalField(key: "review_comment") var reviewComment: String?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    /// The week whose meeting published the report (M015).
    @OptionalField(key: "published_week") var publishedWeek: String?
    /// The key of the submission that created the report, so a repeated submission finds it (M015).
    @OptionalField(key: "submission_key") var submissionKey: String?

    init() {}

    func apply(_ draft: ReportDraft, areaCode: String?) {
        indicatorCode = draft.indicatorCode
        subtypeCode = draft.subtypeCode.flatMap { $0.isEmpty ? nil : $0 }
        occurredAt = draft.occurredAt ?? Date()
        partOfDay = draft.partOfDay?.rawValue
        week = OccurrenceTime(start: occurredAt, partOfDay: draft.partOfDay).week.description
        latitude = draft.latitude
        longitude = draft.longitude
        self.areaCode = areaCode
        placeDescription = draft.placeDescription.trimmingCharacters(in: .whitespacesAndNewlines)
        description = draft.description.trimmingCharacters(in: .whitespacesAndNewlines)
        peopleCount = draft.peopleCount
    }

    /// The row as lists read it, so there is one mapping to `Report` (`ReportRow.value`).
    var row: ReportRow {
        ReportRow(
            id: id!, indicator_code: indicatorCode, subtype_code: subtypeCode, occurred_at: occurredAt,
            part_of_day: partOfDay,
            latitude: latitude, longitude: longitude, area_code: areaCode, place_description: placeDescription,
            description: description,
            people_count: peopleCount, status: status, reporter_id: reporterID, organisation_id: organisationID,
            created_at: createdAt,
            review_comment: reviewComment, version: version, published_week: publishedWeek
        )
    }

    /// Everything a change of the report may write (`ReportStore.apply`); who reported it and when never change.
    var changeableColumns: [(String, any Encodable & Sendable)] {
        [
            ("indicator_code", indicatorCode), ("subtype_code", subtypeCode), ("occurred_at", occurredAt),
            ("part_of_day", partOfDay),
            ("week", week), ("latitude", latitude), ("longitude", longitude), ("area_code", areaCode),
            ("place_description", placeDescription), ("description", description), ("people_count", peopleCount),
            ("status", status),
            ("review_comment", reviewComment), ("version", version), ("published_week", publishedWeek),
        ]
    }
}

final class ReportEventRecord: Model, @unchecked Sendable {
    static let schema = "report_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "report_id") var reportID: UUID
    @Field(key: "at") var at: Date
    @Field(key: "actor_id") var actorID: UUID
    @Field(key: "action") var action: String
    @OptionalField(key: "comment") var comment: String?

    init() {}

    init(reportID: UUID, event: ReportEvent) {
        self.reportID = reportID
        self.at = event.at
        self.actorID = event.actorID
        self.action = event.action.rawValue
        self.comment = event.comment
    }

    func value() throws -> ReportEvent {
        guard let known = ReportEvent.Action(rawValue: action) else {
            throw StoreError.corrupt("report event \(id?.uuidString ?? "?") has action '\(action)'")
        }
        return ReportEvent(at: at, actorID: actorID, action: known, comment: comment)
    }
}
