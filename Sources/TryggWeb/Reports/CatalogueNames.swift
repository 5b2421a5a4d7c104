import Foundation
import TryggCore
import TryggStore

/// Indicator, sub-type and area names for showing reports, looked up once per page.
struct CatalogueNames {
    /// The catalogue in its own order, for lists and filters.
    let indicatorList: [Indicator]
    let indicators: [String: Indicator]
    let areas: [String: String]
    /// Active areas in name order, for filters.
    let areaList: [Area]
    let texts: Texts

    static func load(_ stores: MunicipalityStores, _ texts: Texts) async throws -> CatalogueNames {
        let catalogue = try await stores.catalogue.load()
        let indicators = catalogue.indicators, areas = catalogue.areas
        return CatalogueNames(
            indicatorList: indicators,
            indicators: Dictionary(uniqueKeysWithValues: indicators.map { ($0.code, $0) }),
            areas: Dictionary(uniqueKeysWithValues: areas.map { ($0.code, $0.name) }),
            areaList: areas.filter(\.active).sorted { $0.name < $1.name }, texts: texts
        )
    }

    func what(_ report: Report) -> String {
        guard let indicator = indicators[report.indicatorCode] else { return report.indicatorCode }
        let name = texts.name(sv: indicator.nameSv, en: indicator.nameEn)
        guard let code = report.subtypeCode, let subtype = indicator.subtypes.first(where: { $0.code == code }) else {
            return name
        }
        return name + ": " + texts.name(sv: subtype.nameSv, en: subtype.nameEn)
    }

    func area(_ code: String?) -> String { code.flatMap { areas[$0] } ?? "–" }

    /// Local date and time, or the date and part of day when only that is known.
    static func when(_ report: Report, _ texts: Texts) -> String {
        if let part = report.partOfDay {
            return LocalTime.day(report.occurrence.reference) + ", " + texts["when_\(part.rawValue)"]
        }
        return LocalTime.minute(report.occurredAt)
    }
}
