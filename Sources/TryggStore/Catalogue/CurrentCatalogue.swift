import Foundation
import TryggCore

/// The municipality's indicators and areas as every request reads them: through the few-second cache, so
/// a page, a report check and an analysis in the same moment read the catalogue once.
public struct CurrentCatalogue: Sendable {
    let database: TryggDatabase
    let municipalityID: UUID

    public init(_ database: TryggDatabase, municipalityID: UUID) {
        self.database = database
        self.municipalityID = municipalityID
    }

    public func load() async throws -> CatalogueCache.Catalogue {
        try await database.catalogueCache.catalogue(municipalityID) {
            let indicators = try await IndicatorStore(database, municipalityID: municipalityID).all()
            let areas = try await AreaStore(database, municipalityID: municipalityID).all()
            return .init(indicators: indicators, areas: areas, locator: AreaStore.locator(areas))
        }
    }
}

extension CurrentCatalogue {
    /// The catalogue's names in one language.
    public func names(in language: Language) async throws -> CatalogueNames {
        let catalogue = try await load()
        return CatalogueNames(indicators: catalogue.indicators, areas: catalogue.areas, language: language)
    }
}
