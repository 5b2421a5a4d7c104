import FluentKit
import Foundation
import TryggCore

/// What an empty installation gets the first time it starts: its municipality and the default catalogues.
public enum FirstStart {
    /// Creates the municipality (named `name`) and seeds the catalogues if none exists; returns it either way.
    @discardableResult
    public static func ensure(_ database: TryggDatabase, municipalityName name: String?) async throws -> Municipality {
        let municipalities = MunicipalityStore(database)
        if let existing = try await municipalities.current() { return existing }
        let chosen = name?.trimmingCharacters(in: .whitespaces).isEmpty == false ? name! : Municipality.defaultName
        let errors = Municipality.validateName(chosen)
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        let municipality = try await municipalities.create(name: chosen)
        let indicators = IndicatorStore(database, municipalityID: municipality.id)
        for (position, indicator) in DefaultIndicators.make().enumerated() {
            try await indicators.insert(indicator, position: position + 1)
        }
        // Luleå is the model municipality: its twelve survey areas are known. Others load their own.
        if chosen.localizedCaseInsensitiveContains("Luleå") {
            let areas = AreaStore(database, municipalityID: municipality.id)
            for entry in LuleaAreas.all {
                try await areas.create(AreaDraft(code: entry.code, name: entry.name))
            }
            // Until the real boundaries are imported, the areas get approximate ones, marked as such.
            let cells = ApproximateAreas.cells(
                for: LuleaAreas.all.map {
                    ($0.code, GeoPoint(longitude: $0.longitude, latitude: $0.latitude))
                })
            for cell in cells {
                try await areas.setGeometry(code: cell.code, cell.geometry, approximate: true)
            }
        }
        return municipality
    }
}
