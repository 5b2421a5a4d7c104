import Foundation

/// The weekly situation picture: counts of a week's published reports per indicator and per area, each
/// beside the previous week and the mean of the four weeks before that.
public struct WeeklyPicture: Sendable, Equatable {
    /// One row of counts.
    public struct Row: Sendable, Equatable {
        public var key: String
        public var count: Int
        public var previousWeek: Int
        /// Mean of the four weeks before the previous week (weeks W−2 … W−5).
        public var fourWeekMean: Double

        public var changeFromPreviousWeek: Int { count - previousWeek }
        public var changeFromMean: Double { Double(count) - fourWeekMean }
    }

    public var week: ISOWeek
    public var total: Row
    public var byIndicator: [Row]
    public var byArea: [Row]

    /// Builds the picture from (week, indicator, area) of every published report in weeks W−5 … W.
    public static func make(
        week: ISOWeek, reports: [(week: ISOWeek, indicator: String, area: String?)], noArea: String = "-"
    ) -> WeeklyPicture {
        make(week: week, counts: reports.map { ($0.week, $0.indicator, $0.area, 1) }, noArea: noArea)
    }

    /// Builds the picture from counts per (week, indicator, area), as a database aggregate returns them.
    public static func make(
        week: ISOWeek, counts reports: [(week: ISOWeek, indicator: String, area: String?, count: Int)],
        noArea: String = "-"
    ) -> WeeklyPicture {
        let previous = week.adding(weeks: -1)
        let earlier = Set((2...5).map { week.adding(weeks: -$0) })
        func rows(_ key: (String, String?) -> String) -> [Row] {
            var current: [String: Int] = [:], last: [String: Int] = [:], before: [String: Int] = [:]
            for report in reports {
                let k = key(report.indicator, report.area)
                if report.week == week {
                    current[k, default: 0] += report.count
                } else if report.week == previous {
                    last[k, default: 0] += report.count
                } else if earlier.contains(report.week) {
                    before[k, default: 0] += report.count
                }
            }
            let keys = Set(current.keys).union(last.keys).union(before.keys)
            return keys.map {
                Row(
                    key: $0, count: current[$0] ?? 0, previousWeek: last[$0] ?? 0,
                    fourWeekMean: Double(before[$0] ?? 0) / 4)
            }
            .sorted { ($0.count, $0.previousWeek, $1.key) > ($1.count, $1.previousWeek, $0.key) }
        }
        let total = rows { _, _ in "total" }.first ?? Row(key: "total", count: 0, previousWeek: 0, fourWeekMean: 0)
        return WeeklyPicture(
            week: week, total: total, byIndicator: rows { indicator, _ in indicator },
            byArea: rows { _, area in area ?? noArea })
    }
}
