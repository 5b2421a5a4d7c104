import Foundation

/// Events before and after a measure in the area it treated (a0, a1), in a comparison area (b0, b1) and, if one is
/// given, in a buffer around the treated area (c0, c1).
public struct EffectCounts: Sendable, Equatable, Codable {
    public private(set) var treatedBefore: Int
    public private(set) var treatedAfter: Int
    public private(set) var comparisonBefore: Int
    public private(set) var comparisonAfter: Int
    public private(set) var bufferBefore: Int?
    public private(set) var bufferAfter: Int?

    /// Throws when a count is negative or only one of the buffer's counts is given: the counts come from users.
    public init(
        treatedBefore: Int, treatedAfter: Int, comparisonBefore: Int, comparisonAfter: Int, bufferBefore: Int? = nil,
        bufferAfter: Int? = nil
    ) throws(EffectCountsError) {
        let named = [
            ("treated area before", treatedBefore), ("treated area after", treatedAfter),
            ("comparison area before", comparisonBefore), ("comparison area after", comparisonAfter),
            ("buffer before", bufferBefore ?? 0), ("buffer after", bufferAfter ?? 0),
        ]
        for (name, count) in named where count < 0 { throw .negativeCount(name, count) }
        guard (bufferBefore == nil) == (bufferAfter == nil) else { throw .incompleteBuffer }
        self.treatedBefore = treatedBefore
        self.treatedAfter = treatedAfter
        self.comparisonBefore = comparisonBefore
        self.comparisonAfter = comparisonAfter
        self.bufferBefore = bufferBefore
        self.bufferAfter = bufferAfter
    }

    /// Decoded counts pass the same checks as typed ones.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            treatedBefore: container.decode(Int.self, forKey: .treatedBefore),
            treatedAfter: container.decode(Int.self, forKey: .treatedAfter),
            comparisonBefore: container.decode(Int.self, forKey: .comparisonBefore),
            comparisonAfter: container.decode(Int.self, forKey: .comparisonAfter),
            bufferBefore: container.decodeIfPresent(Int.self, forKey: .bufferBefore),
            bufferAfter: container.decodeIfPresent(Int.self, forKey: .bufferAfter))
    }

    /// The ratio of ratios (a1/a0)/(b1/b0), written a1·b0/(a0·b1) so that it is also the odds ratio of the table
    /// [[a1, a0], [b1, b0]]; nil when a0·b1 = 0.
    public var ratio: Double? {
        let denominator = Double(treatedBefore) * Double(comparisonAfter)
        return denominator == 0 ? nil : Double(treatedAfter) * Double(comparisonBefore) / denominator
    }

    /// Bowers & Johnson's (2003) weighted displacement quotient [(c1/b1) − (c0/b0)] / [(a1/b1) − (a0/b0)]: the
    /// buffer's change relative to the comparison area per unit of the treated area's. nil without a buffer, when
    /// the comparison area has no events in a period, or when the treated area did not improve relative to the
    /// comparison area (a non-negative denominator), as there is then no gain to weigh the buffer against.
    public var weightedDisplacementQuotient: Double? {
        guard let c0 = bufferBefore, let c1 = bufferAfter, comparisonBefore > 0, comparisonAfter > 0 else {
            return nil
        }
        let (a0, a1, b0, b1) = (
            Double(treatedBefore), Double(treatedAfter), Double(comparisonBefore), Double(comparisonAfter)
        )
        // Both differences times b0·b1 > 0: whole numbers, so a buffer that changed exactly as the comparison area
        // gives exactly 0 (and not −0, which the division by a negative number would give).
        let treated = a1 * b0 - a0 * b1
        guard treated < 0 else { return nil }
        let buffer = Double(c1) * b0 - Double(c0) * b1
        return buffer == 0 ? 0 : buffer / treated
    }
}

/// Why counts or settings cannot give an effect estimate; the description is for the person who typed them.
public enum EffectCountsError: Error, Sendable, Equatable {
    /// Which count, and its value.
    case negativeCount(String, Int)
    case incompleteBuffer
    case minEvents(Int)
    case level(Double)
}

extension EffectCountsError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .negativeCount(let name, let count): "the count for the \(name) must be 0 or more, not \(count)"
        case .incompleteBuffer: "a buffer needs both its counts, before and after, or neither"
        case .minEvents(let count): "the minimum number of events must be 0 or more, not \(count)"
        case .level(let level): "the confidence level must lie between 0 and 1, such as 0.95, not \(level)"
        }
    }
}
