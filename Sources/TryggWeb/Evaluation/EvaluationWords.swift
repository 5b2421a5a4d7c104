import Foundation
import TryggCore

/// An evaluation's result in plain words: what the counts show, and never a direction when they cannot.
enum EvaluationWords {
    static func summary(_ outcome: EvaluationOutcome, texts: Texts) -> String {
        let numbers = Numbers(texts.language)
        switch outcome.phase {
        case .waiting: return texts["evaluation_waiting"]
        case .running: return texts["evaluation_running"]
        case .complete: break
        }
        guard let estimate = outcome.estimate else { return texts["evaluation_waiting"] }
        let verdict = texts["verdict_\(estimate.verdict.rawValue)"]
        guard estimate.verdict != .tooFewEvents else {
            return verdict + ". "
                + texts["evaluation_too_few"].replacingOccurrences(of: "{min}", with: String(estimate.minEvents))
        }
        var words = verdict
        if let ratio = estimate.ratio, let interval = estimate.interval {
            words +=
                ". "
                + texts["evaluation_ratio"].replacingOccurrences(
                    of: "{ratio}", with: numbers.decimal(ratio, decimals: 2)
                )
                .replacingOccurrences(of: "{low}", with: numbers.decimal(interval.low, decimals: 2))
                .replacingOccurrences(
                    of: "{high}", with: interval.high.map { numbers.decimal($0, decimals: 2) } ?? "∞")
        }
        return words
    }

    /// What the counts mean, in a sentence a non-statistician can read; nil while there is no verdict or when
    /// there are too few events to say anything.
    static func explanation(_ outcome: EvaluationOutcome, names: CatalogueNames, texts: Texts) -> String? {
        guard let estimate = outcome.estimate, estimate.verdict != .tooFewEvents else { return nil }
        let design = outcome.design
        var sentence = texts["evaluation_explain_\(estimate.verdict.rawValue)"]
            .replacingOccurrences(of: "{treated}", with: names.area(design.treatedArea))
            .replacingOccurrences(of: "{comparison}", with: names.area(design.comparisonArea))
            .replacingOccurrences(of: "{a0}", with: String(outcome.treated.before))
            .replacingOccurrences(of: "{a1}", with: String(outcome.treated.after))
            .replacingOccurrences(of: "{b0}", with: String(outcome.comparison.before))
            .replacingOccurrences(of: "{b1}", with: String(outcome.comparison.after))
        if let ratio = estimate.ratio {
            sentence = sentence.replacingOccurrences(of: "{percent}", with: Numbers(texts.language).percent(ratio))
        }
        return sentence
    }

    /// The chart's months: treated against comparison, with the after period's start marked.
    static func chart(_ outcome: EvaluationOutcome, names: CatalogueNames, texts: Texts) -> String {
        let design = outcome.design
        var chart = TrendChart(
            title: texts["evaluation_chart_title"],
            description: texts["evaluation_chart_desc"].replacingOccurrences(
                of: "{treated}", with: names.area(design.treatedArea)
            ).replacingOccurrences(of: "{comparison}", with: names.area(design.comparisonArea)),
            labels: outcome.months.map { String(format: "%02d/%02d", $0.start.month, $0.start.year % 100) },
            counts: outcome.months.map(\.treated), earlierCounts: outcome.months.map(\.comparison),
            currentName: names.area(design.treatedArea) + " (" + texts["evaluation_treated"] + ")",
            earlierName: names.area(design.comparisonArea) + " (" + texts["evaluation_comparison"] + ")")
        chart.id = "effect"
        if let index = outcome.months.firstIndex(where: \.after) {
            chart.marker = .init(index: index, label: texts["evaluation_after_starts"])
        }
        return chart.svg
    }
}
