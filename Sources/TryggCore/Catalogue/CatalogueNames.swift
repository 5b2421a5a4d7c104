import Foundation

/// Indicator, sub-type and area names in one language, looked up once per page, CSV or mail.
public struct CatalogueNames: Sendable {
    /// The catalogue in its own order, for lists and filters.
    public let indicatorList: [Indicator]
    public let indicators: [String: Indicator]
    public let areas: [String: String]
    /// Active areas in name order, for filters.
    public let areaList: [Area]
    public let language: Language

    public init(indicators: [Indicator], areas: [Area], language: Language) {
        self.indicatorList = indicators
        self.indicators = Dictionary(indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.areas = Dictionary(areas.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        self.areaList = areas.filter(\.active).sorted { $0.name < $1.name }
        self.language = language
    }

    /// The indicator's name, and its sub-type's after a colon ("Skadegörelse: Krossad ruta").
    public func what(_ report: Report) -> String {
        guard let indicator = indicators[report.indicatorCode] else { return report.indicatorCode }
        let name = self.name(sv: indicator.nameSv, en: indicator.nameEn)
        guard let code = report.subtypeCode, let subtype = indicator.subtypes.first(where: { $0.code == code }) else {
            return name
        }
        return name + ": " + self.name(sv: subtype.nameSv, en: subtype.nameEn)
    }

    /// An area's name by its code, or a dash for none or an unknown one.
    public func area(_ code: String?) -> String { code.flatMap { areas[$0] } ?? "–" }

    /// The report's sub-type name, when it has one the catalogue knows.
    public func subtype(_ report: Report) -> String? {
        indicators[report.indicatorCode]?.subtypes.first { $0.code == report.subtypeCode }
            .map { name(sv: $0.nameSv, en: $0.nameEn) }
    }

    /// An indicator's name by its code, or the code itself for one the catalogue does not know.
    public func indicator(_ code: String) -> String {
        indicators[code].map { name(sv: $0.nameSv, en: $0.nameEn) } ?? code
    }

    private func name(sv: String, en: String) -> String { language == .sv ? sv : en }
}
