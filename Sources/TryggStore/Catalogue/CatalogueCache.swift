import Foundation
import NIOConcurrencyHelpers
import TryggCore

/// A few seconds' memory of each municipality's indicators and areas, which every report submission
/// checks against. It is a cache, not state: changes made through this process clear it at once, and
/// changes made through another instance are seen within `lifetime` (the catalogues change a few times
/// a year; submissions come many a second).
public final class CatalogueCache: Sendable {
    public struct Catalogue: Sendable {
        public var indicators: [Indicator]
        public var areas: [Area]
        public var locator: AreaLocator
    }

    private struct Entry {
        var catalogue: Catalogue
        var loadedAt: Date
    }

    private let entries = NIOLockedValueBox<[UUID: Entry]>([:])
    private let municipality = NIOLockedValueBox<(Municipality, Date)?>(nil)
    let lifetime: TimeInterval

    public init(lifetime: TimeInterval = 5) { self.lifetime = lifetime }

    func catalogue(
        _ municipalityID: UUID, now: Date = Date(), load: () async throws -> Catalogue
    ) async throws -> Catalogue {
        if let entry = entries.withLockedValue({ $0[municipalityID] }), now.timeIntervalSince(entry.loadedAt) < lifetime
        {
            return entry.catalogue
        }
        let catalogue = try await load()
        entries.withLockedValue { $0[municipalityID] = Entry(catalogue: catalogue, loadedAt: now) }
        return catalogue
    }

    /// The installation's municipality, which every signed-in request needs.
    func municipality(now: Date = Date(), load: () async throws -> Municipality?) async throws -> Municipality? {
        if let (cached, loadedAt) = municipality.withLockedValue({ $0 }), now.timeIntervalSince(loadedAt) < lifetime {
            return cached
        }
        guard let loaded = try await load() else { return nil }
        municipality.withLockedValue { $0 = (loaded, now) }
        return loaded
    }

    func clearMunicipality() {
        municipality.withLockedValue { $0 = nil }
    }

    func clear(_ municipalityID: UUID) {
        _ = entries.withLockedValue { $0.removeValue(forKey: municipalityID) }
    }
}
