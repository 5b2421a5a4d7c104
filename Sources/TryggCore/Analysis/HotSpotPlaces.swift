/// A hot place: a hot cell with more reports than any other hot cell within `radius`, so that each
/// cluster is named once, at its busiest cell. Touching hot cells would merge a whole town centre into
/// one zone; peaks keep a pub street and a tunnel three kilometres apart as two places.
public struct HotSpotPlace: Sendable, Equatable, Codable {
    /// The busiest cell of its neighbourhood.
    public var peak: HotSpots.Cell
    /// Reports within the distance band of the peak's centre.
    public var reportsNearby: Int
}

extension HotSpots {
    /// Hot places, most reports nearby first; `radius` defaults to twice the band.
    public func places(radius: Double? = nil) -> [HotSpotPlace] {
        let reach = GetisOrd.neighbourhood(side: grid.side, band: radius ?? 2 * band)
        let band = GetisOrd.neighbourhood(side: grid.side, band: self.band)
        func neighbours(_ index: Int, _ offsets: [(Int, Int)]) -> [Int] {
            let column = index % grid.columns, row = index / grid.columns
            return offsets.compactMap { dc, dr in
                let c = column + dc, r = row + dr
                return c >= 0 && c < grid.columns && r >= 0 && r < grid.rows ? r * grid.columns + c : nil
            }
        }
        // Busier first, then stronger, then the lower index, so that exactly one cell of a tie is the peak.
        func outranks(_ a: Int, _ b: Int) -> Bool {
            let x = scores[a]!, y = scores[b]!
            return (x.count, x.z, -a) > (y.count, y.z, -b)
        }
        var places: [HotSpotPlace] = []
        for index in 0..<grid.count where scores[index]?.level.isHot ?? false {
            let isPeak = neighbours(index, reach).allSatisfy { other in
                other == index || !(scores[other]?.level.isHot ?? false) || outranks(index, other)
            }
            guard isPeak, let score = scores[index] else { continue }
            let centre = grid.centre(of: grid.cell(at: index))
            places.append(
                HotSpotPlace(
                    peak: Cell(
                        easting: centre.easting, northing: centre.northing, count: Int(score.count), z: score.z,
                        p: score.p,
                        fdrSignificant: score.fdrSignificant, level: score.level),
                    reportsNearby: neighbours(index, band).reduce(0) { $0 + Int(scores[$1]?.count ?? 0) }
                ))
        }
        return places.sorted { ($0.reportsNearby, $0.peak.z) > ($1.reportsNearby, $1.peak.z) }
    }
}
