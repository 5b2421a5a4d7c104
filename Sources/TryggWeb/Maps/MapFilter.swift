import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The map page's filter: a period (dates, default the last 30 days) and an indicator, over the reports
/// the user may see on a map: approved and published for analysts, reviewers and coordinators,
/// published for everyone else.
struct MapFilter {
    var from: Date
    var to: Date
    var fromText: String
    var toText: String
    var indicator: String?

    init(_ query: Parameters, now: Date = Date()) {
        let calendar = ISOWeek.calendar
        let today = calendar.startOfDay(for: now)
        let defaultFrom = calendar.date(byAdding: .day, value: -30, to: today)!
        let parsedFrom = query["from"].flatMap { LocalTime.startOfDay(String($0)) }
        let parsedTo = query["to"].flatMap { LocalTime.startOfDay(String($0)) }
        from = parsedFrom ?? defaultFrom
        let lastDay = parsedTo ?? today
        to = calendar.date(byAdding: .day, value: 1, to: lastDay)!
        fromText = LocalTime.day(from)
        toText = LocalTime.day(lastDay)
        indicator = query["indicator"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
    }

    func reports(_ database: TryggDatabase, _ signedIn: SignedInUser) async throws -> [Report] {
        let scope: ReportScope = signedIn.user.hasAny(of: [.analyst, .reviewer, .coordinator]) ? .approved : .published
        return try await ReportStore(database, municipalityID: signedIn.municipality.id)
            .list(scope: scope, filter: ReportFilter(indicatorCode: indicator, from: from, to: to), limit: 20_000)
    }

}
