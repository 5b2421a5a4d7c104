import Foundation
import SQLKit
import TryggCore

/// A report row read straight through SQLKit: lists of thousands of reports skip Fluent's per-row model
/// building, which dominated the weekly picture and the meeting agenda in the benchmark.
struct ReportRow: Decodable {
    var id: UUID
    var indicator_code: String
    var subtype_code: String?
    var occurred_at: Date
    var part_of_day: String?
    var latitude: Double?
    var longitude: Double?
    var area_code: String?
    var place_description: String
    var description: String
    var people_count: Int?
    var status: String
    var reporter_id: UUID
    var organisation_id: UUID
    var created_at: Date
    var review_comment: String?
    var version: Int
    var published_week: String?

    /// The one mapping from a stored row to a `Report`: a status or part of day the code does not know is an
    /// error, never read as a default.
    func value() throws -> Report {
        guard let status = ReportStatus(rawValue: status) else {
            throw StoreError.corrupt("report \(id) has status '\(self.status)'")
        }
        var partOfDay: ReportDraft.PartOfDay?
        if let part_of_day {
            guard let known = ReportDraft.PartOfDay(rawValue: part_of_day) else {
                throw StoreError.corrupt("report \(id) has part of day '\(part_of_day)'")
            }
            partOfDay = known
        }
        return Report(
            id: id, indicatorCode: indicator_code, subtypeCode: subtype_code, occurredAt: occurred_at,
            partOfDay: partOfDay,
            latitude: latitude, longitude: longitude, areaCode: area_code, placeDescription: place_description,
            description: description,
            peopleCount: people_count, status: status, reporterID: reporter_id, organisationID: organisation_id,
            createdAt: created_at, reviewComment: review_comment, version: version,
            publishedWeek: published_week.flatMap(ISOWeek.init)
        )
    }

    static let columns = [
        "id", "indicator_code", "subtype_code", "occurred_at", "part_of_day", "latitude", "longitude", "area_code",
        "place_description", "description", "people_count", "status", "reporter_id", "organisation_id",
        "created_at", "review_comment", "version", "published_week",
    ]
}
