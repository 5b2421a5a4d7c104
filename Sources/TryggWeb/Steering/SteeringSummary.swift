import Foundation
import TryggCore

/// The year's figures the steering group follows, counted from the measure register.
struct SteeringSummary {
    struct Tally<Key> {
        var key: Key
        var count: Int
    }

    /// Where a measure stands for the steering group: on time, late, done or stopped.
    enum MeasureState: String, CaseIterable {
        case proposed
        case onTime = "on_time"
        case late, implemented, stopped
    }

    var problemsByStatus: [Tally<ProblemStatus>]
    var problemsByPriority: [Tally<Int?>]
    var measuresByState: [Tally<MeasureState>]
    var verdicts: [Tally<EffectVerdict>]
    var plannedCost: Int
    var actualCost: Int
    var hours: Int
    var late: [Measure]

    /// Problems raised and measures planned to run in `year`.
    init(register: MeasureRegister, year: Int, today: LocalDate) {
        let problems = register.problems.filter { LocalDate($0.createdAt).year == year }
        let measures = register.lines.filter { line in
            let start = line.measure.plannedStart?.year ?? LocalDate(line.measure.createdAt).year
            let end = line.measure.plannedEnd?.year ?? start
            return start <= year && year <= end
        }
        problemsByStatus = ProblemStatus.allCases.map { status in
            Tally(key: status, count: problems.filter { $0.status == status }.count)
        }
        problemsByPriority = ([1, 2, 3] as [Int?] + [nil]).map { priority in
            Tally(key: priority, count: problems.filter { $0.priority == priority }.count)
        }
        func state(_ measure: Measure) -> MeasureState {
            switch measure.status {
            case .proposed: .proposed
            case .implemented: .implemented
            case .cancelled, .postponed: .stopped
            case .decided, .inProgress: measure.isLate(today: today) ? .late : .onTime
            }
        }
        measuresByState = MeasureState.allCases.map { key in
            Tally(key: key, count: measures.filter { state($0.measure) == key }.count)
        }
        verdicts = EffectVerdict.allCases.map { verdict in
            Tally(key: verdict, count: measures.filter { $0.outcome?.estimate?.verdict == verdict }.count)
        }
        plannedCost = measures.compactMap(\.measure.plannedCost).reduce(0, +)
        actualCost = measures.compactMap(\.measure.actualCost).reduce(0, +)
        hours = measures.compactMap(\.measure.hours).reduce(0, +)
        late = measures.map(\.measure).filter { $0.isLate(today: today) }
    }
}
