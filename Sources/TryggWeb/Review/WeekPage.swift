import Foundation
import TryggCore

/// The published weekly situation picture as its page shows it, every number already in the reader's format.
struct WeekPage: Sendable {
    struct CountRow: Sendable {
        var name: String
        var count: String
        var change: String
        var mean: String
        var changeFromMean: String
    }

    struct ReportRow: Sendable {
        var when: String
        var what: String
        var area: String
        var place: String?
        var description: String
    }

    var weekLabel: String
    var published: Bool
    var justPublished: Bool
    var total: String
    var totalPrevious: String
    var focus: [FocusLine]
    var byIndicator: [CountRow]
    var byArea: [CountRow]
    var svg: String
    var reports: [ReportRow]
    var late: [ReportRow]
    var lateIntro: String
    var csvHref: String
    var geojsonHref: String
    var previousHref: String
    var nextHref: String
    var weeksHref: String
    var meetingHref: String?

    static func rows(_ rows: [WeeklyPicture.Row], numbers: Numbers, name: (String) -> String) -> [CountRow] {
        rows.map {
            CountRow(
                name: name($0.key), count: numbers.whole($0.count), change: numbers.signed($0.changeFromPreviousWeek),
                mean: numbers.decimal($0.fourWeekMean), changeFromMean: numbers.signed($0.changeFromMean))
        }
    }

    static func reportRows(_ reports: [Report], names: CatalogueNames, texts: Texts) -> [ReportRow] {
        reports.map {
            ReportRow(
                when: ReportTime.when($0, texts), what: names.what($0), area: names.area($0.areaCode),
                place: $0.placeDescription.nonEmpty, description: $0.description)
        }
    }
}

/// The archive of published weeks, newest first.
struct WeeksPage: Sendable {
    struct Week: Sendable {
        var week: String
        var href: String
    }

    var weeks: [Week]
}

/// A focus area the weekly meeting agreed on; those who may propose a problem can raise it as one.
struct FocusLine: Sendable {
    /// Unique on the page, for the label of its form.
    var id: String
    var text: String
    var proposeHref: String?
    /// Where "link to this problem" posts, when there are problems the person may add evidence to.
    var linkAction: String?
    var problems: [ProblemPage.Option]
}
