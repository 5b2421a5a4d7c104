import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// `GET /api/v1/weeks/{YYYY-Www}` (the published picture) and `POST …/publish` (close the week's meeting).
struct WeeksAPI {

    struct RowJSON: Encodable {
        var key: String
        var count: Int
        var previousWeek: Int
        var fourWeekMean: Double
    }

    struct WeekJSON: Encodable {
        var week: String
        var published: Bool
        var total: RowJSON
        var byIndicator: [RowJSON]
        var byArea: [RowJSON]
        var focusAreas: [String]
        var reports: [ReportsAPI.ReportJSON]
        /// Reports of earlier weeks that this week's meeting approved late; not in the counts.
        var lateReports: [ReportsAPI.ReportJSON]
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, APIRoute.week(.key)) { _, context, signedIn in
            guard let week = context.parameters.get("week").flatMap(ISOWeek.init) else { throw AppError.notFound }
            let model = try await signedIn.stores.publishedWeeks.load(week)
            func row(_ r: WeeklyPicture.Row) -> RowJSON {
                RowJSON(key: r.key, count: r.count, previousWeek: r.previousWeek, fourWeekMean: r.fourWeekMean)
            }
            return try JSONResponse.make(
                WeekJSON(
                    week: week.description, published: model.meeting?.isClosed ?? false,
                    total: row(model.picture.total),
                    byIndicator: model.picture.byIndicator.map(row), byArea: model.picture.byArea.map(row),
                    focusAreas: model.meeting?.focusAreas ?? [],
                    reports: model.reports.map { .init($0, showReporter: false) },
                    lateReports: model.late.map { .init($0, showReporter: false) }
                ))
        }
        router.on(.post, APIRoute.publish(.key)) { _, context, signedIn in
            guard let week = context.parameters.get("week").flatMap(ISOWeek.init) else { throw AppError.notFound }
            let count = try await signedIn.stores.meetings.close(
                week, by: signedIn.user)
            return try JSONResponse.make(MeetingsAPI.Closed(week: week.description, publishedReports: count))
        }
    }
}
