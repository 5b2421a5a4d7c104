import Foundation
import Hummingbird
import TryggCore

/// A published week as CSV (for spreadsheets) and GeoJSON (for GIS); no reporter, only approved content.
enum WeekExports {
    static func csv(_ model: WeeklyPictureModel, names: CatalogueNames) -> Response {
        var lines = ["week;occurred_at;indicator;subtype;area;latitude;longitude;place;description;people"]
        let formatter = ISO8601DateFormatter()
        for report in model.reports {
            let fields: [String] = [
                report.week.description, formatter.string(from: report.occurredAt), report.indicatorCode, report.subtypeCode ?? "",
                report.areaCode ?? "", report.latitude.map { String($0) } ?? "", report.longitude.map { String($0) } ?? "",
                report.placeDescription, report.description, report.peopleCount.map(String.init) ?? "",
            ]
            lines.append(fields.map(field).joined(separator: ";"))
        }
        // A byte-order mark lets Excel read the Swedish characters as UTF-8.
        let body = "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
        return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8",
                                              .contentDisposition: "attachment; filename=\"lagesbild-\(model.week).csv\""],
                        body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    static func field(_ text: String) -> String { CSV.field(text, separator: ";") }

    static func geoJSON(_ model: WeeklyPictureModel) -> Response {
        let formatter = ISO8601DateFormatter()
        let features: [[String: Any]] = model.reports.compactMap { report in
            guard let latitude = report.latitude, let longitude = report.longitude else { return nil }
            return ["type": "Feature", "geometry": ["type": "Point", "coordinates": [longitude, latitude]],
                    "properties": ["week": report.week.description, "occurredAt": formatter.string(from: report.occurredAt),
                                   "indicator": report.indicatorCode, "subtype": report.subtypeCode ?? NSNull(),
                                   "area": report.areaCode ?? NSNull(), "description": report.description] as [String: Any]]
        }
        let data = (try? JSONSerialization.data(withJSONObject: ["type": "FeatureCollection", "features": features], options: [.sortedKeys])) ?? Data()
        return Response(status: .ok, headers: [.contentType: "application/geo+json",
                                              .contentDisposition: "attachment; filename=\"lagesbild-\(model.week).geojson\""],
                        body: .init(byteBuffer: ByteBuffer(data: data)))
    }
}
