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

    var value: Report {
        Report(
            id: id!, indicatorCode: indicatorCode, subtypeCode: subtypeCode, occurredAt: occurredAt,
            partOfDay: partOfDay.flatMap(ReportDraft.PartOfDay.init(rawValue:)), latitude: latitude, longitude: longitude,
            areaCode: areaCode, placeDescription: placeDescription, description: description, peopleCount: peopleCount,
            status: ReportStatus(rawValue: status) ?? .submitted, reporterID: reporterID, organisationID: organisationID,
            createdAt: createdAt, reviewComment: reviewComment, version: version, publishedWeek: publishedWeek.flatMap(ISOWeek.init)
        )
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

    var value: ReportEvent? {
        ReportEvent.Action(rawValue: action).map { ReportEvent(at: at, actorID: actorID, action: $0, comment: comment) }
    }
}
