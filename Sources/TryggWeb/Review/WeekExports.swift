import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// A published week as CSV (for spreadsheets) and GeoJSON (for GIS); no reporter, only approved content.
enum WeekExports {
    static func csv(_ model: PublishedWeekPicture, names: CatalogueNames) -> Response {
        // Codes for machines beside names for people; times in Swedish local time with their offset, and the
        // end of the span when only a part of the day is known.
        // Reports of earlier weeks this meeting approved late are in the file too, marked, as on the page.
        let header =
            "week;occurred_at;occurred_until;indicator;indicator_name;subtype;subtype_name;area;area_name;latitude;longitude;place;description;people;late"
        let rows = (model.reports + model.late).map { report in
            [
                report.week.description, LocalTime.iso8601(report.occurredAt),
                report.occurrence.end.map(LocalTime.iso8601) ?? "",
                report.indicatorCode, names.indicator(report.indicatorCode),
                report.subtypeCode ?? "", names.subtype(report) ?? "",
                report.areaCode ?? "", report.areaCode.map(names.area) ?? "",
                report.latitude.map { String($0) } ?? "", report.longitude.map { String($0) } ?? "",
                report.placeDescription, report.description, report.peopleCount.map(String.init) ?? "",
                report.week < model.week ? "1" : "0",
            ]
        }
        return CSVFile.response(header: header, rows: rows, file: "lagesbild-\(model.week).csv")
    }

    /// A GeoJSON FeatureCollection of the week's reports with a point (RFC 7946: WGS 84, longitude first).
    struct FeatureCollection: Encodable {
        var type = "FeatureCollection"
        var features: [Feature]
    }

    struct Feature: Encodable {
        var type = "Feature"
        var geometry: Point
        var properties: Properties
    }

    struct Point: Encodable {
        var type = "Point"
        var coordinates: [Double]
    }

    struct Properties: Encodable {
        var week: String
        var occurredAt: Date
        var indicator: String
        var subtype: String?
        var area: String?
        var description: String
        var late: Bool

        // Absent values are written as null, so every feature has the same columns in a GIS.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(week, forKey: .week)
            try container.encode(occurredAt, forKey: .occurredAt)
            try container.encode(indicator, forKey: .indicator)
            try container.encode(subtype, forKey: .subtype)
            try container.encode(area, forKey: .area)
            try container.encode(description, forKey: .description)
            try container.encode(late, forKey: .late)
        }

        enum CodingKeys: String, CodingKey { case week, occurredAt, indicator, subtype, area, description, late }
    }

    static func geoJSON(_ model: PublishedWeekPicture) -> Response {
        let features = (model.reports + model.late).compactMap { report -> Feature? in
            guard let latitude = report.latitude, let longitude = report.longitude else { return nil }
            return Feature(
                geometry: Point(coordinates: [longitude, latitude]),
                properties: Properties(
                    week: report.week.description, occurredAt: report.occurredAt, indicator: report.indicatorCode,
                    subtype: report.subtypeCode,
                    area: report.areaCode, description: report.description, late: report.week < model.week))
        }
        let data = (try? JSONResponse.encoder().encode(FeatureCollection(features: features))) ?? Data()
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/geo+json",
                .contentDisposition: "attachment; filename=\"lagesbild-\(model.week).geojson\"",
            ],
            body: .init(byteBuffer: ByteBuffer(data: data)))
    }
}
