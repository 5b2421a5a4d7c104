/// Benjamini–Hochberg control of the false-discovery rate over a family of tests (Benjamini & Hochberg 1995).
public enum FalseDiscoveryRate {
    /// Which of `pValues` are discoveries at level `q`: sort ascending, find the largest k with
    /// p(k) ≤ k·q/m, and reject the k smallest.
    public static func significant(_ pValues: [Double], q: Double = 0.05) -> [Bool] {
        adjusted(pValues).map { $0 <= q }
    }

    /// The BH-adjusted p-values (q-values): min over j ≥ i of m·p(j)/j, capped at 1, in the input order.
    /// A test is a discovery at level q exactly when its adjusted value is ≤ q.
    public static func adjusted(_ pValues: [Double]) -> [Double] {
        let m = pValues.count
        guard m > 0 else { return [] }
        let order = pValues.indices.sorted { pValues[$0] < pValues[$1] }
        var result = [Double](repeating: 1, count: m)
        var running = 1.0
        for rank in stride(from: m, through: 1, by: -1) {
            let index = order[rank - 1]
            running = min(running, pValues[index] * Double(m) / Double(rank))
            result[index] = min(1, running)
        }
        return result
    }
}
