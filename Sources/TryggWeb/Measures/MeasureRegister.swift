import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// Every measure with its problem, organisation and evaluation outcome: the list page, the steering
/// dashboard and the CSV files all read this one register.
struct MeasureRegister: Sendable {
    struct Line: Sendable {
        var measure: Measure
        var problem: Problem?
        var design: EvaluationDesign?
        var outcome: EvaluationOutcome?
    }

    var lines: [Line]
    var problems: [Problem]
    var organisations: [UUID: String]

    static func load(_ stores: MunicipalityStores, now: Date = Date()) async throws -> MeasureRegister {
        let problems = try await stores.problems.all()
        let byID = Dictionary(uniqueKeysWithValues: problems.map { ($0.id, $0) })
        let current = try await stores.evaluations.all()
        let designs = Dictionary(current.map { ($0.measureID, $0) }, uniquingKeysWith: { _, last in last })
        let outcomes = try await stores.evaluations.outcomes(current, now: now)
        let lines = try await stores.measures.all().map { measure in
            Line(
                measure: measure, problem: byID[measure.problemID], design: designs[measure.id],
                outcome: outcomes[measure.id])
        }
        let organisations = Dictionary(
            uniqueKeysWithValues: try await stores.organisations.all().map { ($0.id, $0.name) })
        return MeasureRegister(lines: lines, problems: problems, organisations: organisations)
    }

    /// The measures as CSV for a spreadsheet (semicolons and a byte-order mark, as the other files).
    static func csv(_ register: MeasureRegister, file: String) -> Response {
        let header =
            "id;problem;title;type;category;area;organisation;status;planned_start;planned_end;actual_start;actual_end;fidelity;planned_cost;actual_cost;hours;outcome_indicators;verdict"
        var rows: [[String]] = []
        for line in register.lines {
            let m = line.measure
            rows.append(
                [
                    m.id.uuidString, line.problem?.code ?? "", m.title, m.type.rawValue, m.category.rawValue,
                    m.areaCode ?? "", register.organisations[m.organisationID] ?? "", m.status.rawValue,
                    m.plannedStart?.description ?? "", m.plannedEnd?.description ?? "",
                    m.actualStart?.description ?? "", m.actualEnd?.description ?? "", m.fidelity?.rawValue ?? "",
                    m.plannedCost.map(String.init) ?? "", m.actualCost.map(String.init) ?? "",
                    m.hours.map(String.init) ?? "", m.expectedEffect.indicatorCodes.joined(separator: ","),
                    line.outcome?.estimate?.verdict.rawValue ?? "",
                ])
        }
        return CSVFile.response(header: header, rows: rows, file: file)
    }

    /// Each evaluation's design, counts and result, one row per measure with a design.
    static func evaluationsCSV(_ register: MeasureRegister) -> Response {
        let header =
            "measure;design_version;changed_after_start;treated_area;comparison_area;buffer_area;indicators;before_from;after_from;months;phase;a0;a1;b0;b1;c0;c1;ratio;ci_low;ci_high;p;verdict"
        var rows: [[String]] = []
        for line in register.lines {
            guard let design = line.design, let outcome = line.outcome else { continue }
            let estimate = outcome.estimate
            let result = estimate?.csvRow ?? ["", "", "", "", ""]
            rows.append(
                ([
                    line.measure.title, String(design.version), design.changedAfterStart ? "1" : "0",
                    design.treatedArea, design.comparisonArea, design.bufferArea ?? "",
                    design.indicatorCodes.joined(separator: ","), design.beforeFrom.description,
                    design.afterFrom.description, String(design.months), outcome.phase.rawValue,
                    String(outcome.treated.before), String(outcome.treated.after), String(outcome.comparison.before),
                    String(outcome.comparison.after), outcome.buffer.map { String($0.before) } ?? "",
                    outcome.buffer.map { String($0.after) } ?? "",
                ] + result))
        }
        return CSVFile.response(header: header, rows: rows, file: "utvarderingar.csv")
    }
}
