import Foundation

/// Suggests reports that may describe the same event: same indicator, close in space and time, and sent
/// by different reporters (the same event reported by two organisations).
public struct DuplicateFinder: Sendable {
    public var maximumMetres: Double
    public var maximumSeconds: TimeInterval

    public init(maximumMetres: Double = 250, maximumSeconds: TimeInterval = 3 * 3600) {
        self.maximumMetres = maximumMetres
        self.maximumSeconds = maximumSeconds
    }

    /// Pairs of report ids (earlier report first), each pair once.
    public func pairs(in reports: [Report]) -> [(UUID, UUID)] {
        let sorted = reports.sorted { $0.occurredAt < $1.occurredAt }
        var result: [(UUID, UUID)] = []
        for (index, report) in sorted.enumerated() {
            for other in sorted[(index + 1)...] {
                if other.occurredAt.timeIntervalSince(report.occurredAt) > maximumSeconds { break }
                guard other.indicatorCode == report.indicatorCode, other.reporterID != report.reporterID else {
                    continue
                }
                if close(report, other) { result.append((report.id, other.id)) }
            }
        }
        return result
    }

    func close(_ a: Report, _ b: Report) -> Bool {
        if let la = a.latitude, let oa = a.longitude, let lb = b.latitude, let ob = b.longitude {
            let p = SWEREF99TM.project(GeoPoint(longitude: oa, latitude: la)),
                q = SWEREF99TM.project(GeoPoint(longitude: ob, latitude: lb))
            return
                ((p.easting - q.easting) * (p.easting - q.easting) + (p.northing - q.northing)
                    * (p.northing - q.northing))
                .squareRoot() <= maximumMetres
        }
        // Without points, only an identical area and place description counts as close.
        return a.areaCode != nil && a.areaCode == b.areaCode
            && a.placeDescription.lowercased() == b.placeDescription.lowercased() && !a.placeDescription.isEmpty
    }
}
