import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The steering group's dashboard: problems by status and priority, measures on time or late, cost against
/// plan and what the evaluations showed, for one year; it prints on A4.
struct SteeringController {
    let renderer: PageRenderer

    struct Page: Sendable {
        var year: Int
        var years: [YearLink]
        var problemsByStatus: [Count]
        var problemsByPriority: [Count]
        var measuresByState: [Count]
        var verdicts: [Count]
        var costPlanned: String
        var costActual: String
        var hours: String
        var late: [Late]
        var problemsHref: String
        var measuresHref: String
        var decisionsHref: String
        var agendaHref: String?

        struct YearLink: Sendable {
            var year: Int
            var href: String
            var current: Bool
        }

        struct Count: Sendable {
            var label: String
            var count: Int
        }

        struct Late: Sendable {
            var title: String
            var href: String
            var planned: String
            var organisation: String
        }
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, Route.steering) { request, context, signedIn in
            let texts = renderer.texts(context)
            let register = try await MeasureRegister.load(signedIn.stores)
            let today = LocalDate(Date())
            let year = request.uri.queryParameters["year"].flatMap { Int($0) } ?? today.year
            let summary = SteeringSummary(register: register, year: year, today: today)
            let numbers = Numbers(texts.language)
            let years = Set(register.problems.map { LocalDate($0.createdAt).year } + [today.year]).sorted()
            let model = Page(
                year: year,
                years: years.map {
                    .init(
                        year: $0, href: Route.steering.with(query: [("year", String($0))]), current: $0 == year)
                },
                problemsByStatus: summary.problemsByStatus.map {
                    .init(label: texts["problem_status_\($0.key.rawValue)"], count: $0.count)
                },
                problemsByPriority: summary.problemsByPriority.map {
                    .init(label: $0.key.map { texts["priority_\($0)"] } ?? texts["priority_none"], count: $0.count)
                },
                measuresByState: summary.measuresByState.map {
                    .init(label: texts["steering_measure_\($0.key.rawValue)"], count: $0.count)
                },
                verdicts: summary.verdicts.map { .init(label: texts["verdict_\($0.key.rawValue)"], count: $0.count) },
                costPlanned: numbers.whole(summary.plannedCost) + " kr",
                costActual: numbers.whole(summary.actualCost) + " kr", hours: numbers.whole(summary.hours),
                late: summary.late.map {
                    .init(
                        title: $0.title, href: Route.measure(.value($0.id)).path,
                        planned: "\($0.plannedStart?.description ?? "?") – \($0.plannedEnd?.description ?? "?")",
                        organisation: register.organisations[$0.organisationID] ?? "")
                },
                problemsHref: Route.problems.path, measuresHref: Route.measures.path,
                decisionsHref: Route.decisions.path,
                agendaHref: signedIn.user.can(.analyse) ? Route.agenda.path : nil)
            return renderer.page(
                "steering", title: texts["steering_title"] + " \(year)", page: model, request: request,
                context: context)
        }
    }
}
