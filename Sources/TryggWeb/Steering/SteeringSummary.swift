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

    /// Problems worked on in `year`, measures planned or carried out in it, and the evaluations whose after
    /// period ended in it.
    init(register: MeasureRegister, year: Int, today now: LocalDate) {
        // A past year is shown as it stood at its end, not with today's lateness.
        let today = year < now.year ? LocalDate("\(year)-12-31") ?? now : now
        let problems = register.problems.filter { $0.isOpen(during: year) }
        let measures = register.lines.filter { line in
            let m = line.measure
            let start = [m.plannedStart, m.actualStart].compactMap { $0?.year }.min() ?? LocalDate(m.createdAt).year
            let end =
                [m.plannedEnd, m.actualEnd, m.status.isFinished ? nil : today].compactMap { $0?.year }.max() ?? start
            return start <= year && year <= end
        }
        let evaluated = register.lines.filter { $0.design.map { $0.after.last.year == year } ?? false }
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
            Tally(key: verdict, count: evaluated.filter { $0.outcome?.estimate?.verdict == verdict }.count)
        }
        plannedCost = measures.compactMap(\.measure.plannedCost).reduce(0, +)
        actualCost = measures.compactMap(\.measure.actualCost).reduce(0, +)
        hours = measures.compactMap(\.measure.hours).reduce(0, +)
        late = measures.map(\.measure).filter { $0.isLate(today: today) }
    }
}
