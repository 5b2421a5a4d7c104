import Foundation
import TryggCore

/// The columns of a report export, for CSV and .xlsx alike: codes for machines beside names for people,
/// times in Swedish local time with their offset. Never the reporter; the organisation only for those who
/// may see it.
struct ReportTable {
    struct Cell {
        var text: String
        var number: Double?

        var xlsx: XLSXWriter.Cell { number.map(XLSXWriter.Cell.number) ?? (text.isEmpty ? .empty : .text(text)) }
    }

    let names: CatalogueNames
    let organisations: [UUID: Organisation]
    let showOrganisation: Bool
    let texts: Texts

    var header: [String] {
        [
            "id", "week", "occurred_at", "occurred_until", "indicator", "indicator_name", "subtype", "subtype_name",
            "area", "area_name",
            "latitude", "longitude", "place", "description", "people", "status", "status_name", "published_week",
        ]
            + (showOrganisation ? ["organisation", "organisation_name"] : [])
    }

    func cells(_ report: Report) -> [Cell] {
        let indicator = names.indicators[report.indicatorCode]
        let subtype = indicator?.subtypes.first { $0.code == report.subtypeCode }
        func text(_ value: String?) -> Cell { Cell(text: value ?? "") }
        func number(_ value: Double?) -> Cell { Cell(text: value.map { String($0) } ?? "", number: value) }
        var cells = [
            text(report.id.uuidString), text(report.week.description), text(LocalTime.iso8601(report.occurredAt)),
            text(report.occurrence.end.map(LocalTime.iso8601)), text(report.indicatorCode),
            text(indicator.map { texts.name(sv: $0.nameSv, en: $0.nameEn) }), text(report.subtypeCode),
            text(subtype.map { texts.name(sv: $0.nameSv, en: $0.nameEn) }), text(report.areaCode),
            text(report.areaCode.map(names.area)),
            number(report.latitude), number(report.longitude), text(report.placeDescription), text(report.description),
            number(report.peopleCount.map(Double.init)), text(report.status.rawValue),
            text(texts["status_\(report.status.rawValue)"]),
            text(report.publishedWeek?.description),
        ]
        if showOrganisation {
            let organisation = organisations[report.organisationID]
            cells += [text(organisation?.code), text(organisation?.name)]
        }
        return cells
    }
}
