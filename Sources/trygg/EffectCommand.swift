import ArgumentParser
import Foundation
import TryggCore

/// `trygg analyse effect A0 A1 B0 B1`: the effect estimate of a measure from four counts, for figures that
/// are not in Trygg (the police's, another municipality's).
struct EffectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "effect",
        abstract: "A measure's effect from counts before and after in the treated and a comparison area.",
        discussion: """
            Prints one CSV row under the header ratio,ci_low,ci_high,p,verdict: the ratio of ratios
            (A1/A0)/(B1/B0), its exact conditional 95 % interval, Fisher's exact p and the verdict
            (reduction_shown, increase_shown, no_detectable_change or too_few_events). With too few events no
            direction is printed at all. The periods must be of equal length (docs/measures.md).

              trygg analyse effect 60 30 60 60
              trygg analyse effect 60 30 60 60 --buffer 30 20
            """
    )

    @Argument(help: "Events in the treated area before the measure.") var a0: Int
    @Argument(help: "Events in the treated area after.") var a1: Int
    @Argument(help: "Events in the comparison area before.") var b0: Int
    @Argument(help: "Events in the comparison area after.") var b1: Int
    @Option(help: "Fewer events than this in the treated or the comparison area gives no verdict.") var minEvents = 10
    @Option(
        parsing: .upToNextOption,
        help: "Events in a buffer around the treated area before and after, for displacement (two numbers).")
    var buffer: [Int] = []

    func run() throws {
        guard minEvents >= 1 else { throw ValidationError("--min-events must be at least 1") }
        guard buffer.isEmpty || buffer.count == 2 else {
            throw ValidationError("--buffer takes two counts: before and after")
        }
        let estimate: EffectEstimate
        do {
            estimate = try Self.estimate(a0, a1, b0, b1, buffer: buffer, minEvents: minEvents)
        } catch {
            throw ValidationError(String(describing: error))
        }
        let lines = [EffectEstimate.csvHeader.joined(separator: ","), estimate.csvRow.joined(separator: ","), ""]
        FileHandle.standardOutput.write(Data(lines.joined(separator: "\n").utf8))
        if let quotient = estimate.displacementQuotient {
            printError("displacement quotient: \(String(format: "%.2f", quotient))")
        }
    }

    static func estimate(
        _ a0: Int, _ a1: Int, _ b0: Int, _ b1: Int, buffer: [Int], minEvents: Int
    )
        throws(EffectCountsError) -> EffectEstimate
    {
        let counts = try EffectCounts(
            treatedBefore: a0, treatedAfter: a1, comparisonBefore: b0, comparisonAfter: b1,
            bufferBefore: buffer.first, bufferAfter: buffer.last)
        return try EffectEstimate(counts, minEvents: minEvents)
    }
}
