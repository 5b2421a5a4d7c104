import Foundation
import TryggCore

/// The link from a finding (a hot place, an emerging hot spot, a significant rise) to a new problem, with
/// where it came from and the analysis as its evidence, so the problem keeps a way back to the numbers.
struct ProblemProposal: Sendable {
    var origin: ProblemOrigin.Kind
    /// The analysis page as the analyst sees it, query included.
    var evidence: String
    var indicator: String?

    func href(area: String?, indicator: String? = nil) -> String {
        Route.newProblem.with(query: [
            ("origin", origin.rawValue), ("evidence", evidence), ("indicator", indicator ?? self.indicator),
            ("area", area),
        ])
    }
}
