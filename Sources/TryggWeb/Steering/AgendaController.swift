import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The analysis group's agenda, proposed from the data: new candidates from last month's picture (significant
/// rises, new and intensifying hot spots), proposed problems to prioritise, measures awaiting a decision or
/// late, evaluations to take a position on, and the working groups' reports. It prints on A4; the meeting's
/// decisions are then recorded with their § numbers.
struct AgendaController {
    let renderer: PageRenderer

    struct Page: Sendable {
        var intro: String
        var month: String
        var monthHref: String
        var items: [Item]
        var decisionsHref: String
        var recordHref: String?

        struct Item: Sendable {
            var number: Int
            var heading: String
            var hint: String
            var lines: [Line]
        }

        struct Line: Sendable {
            var text: String
            var href: String?
            var action: String?
            var actionHref: String?
        }
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, Route.agenda) { request, context, signedIn in
            let texts = renderer.texts(context)
            let stores = signedIn.stores
            let names = try await stores.catalogue.names(in: texts.language)
            let format = AnalysisFormat(texts: texts)
            let now = Date()
            let lastMonth = AnalysisPeriod.month(
                containing: ISOWeek.calendar.date(byAdding: .month, value: -1, to: now)!)
            let areas = try await stores.areas.all().filter { $0.active && $0.geometry != nil }
            let picture = try await stores.monthlyPictures.load(month: lastMonth, areas: areas, now: now)
            let monthHref = Route.month(.value(picture.label)).path
            let proposal = ProblemProposal(origin: .trend, evidence: monthHref)
            var candidates = picture.significantChanges.filter { $0.direction > 0 && $0.indicator != nil }.map {
                Page.Line(
                    text: texts["agenda_rise"].replacingOccurrences(of: "{what}", with: names.indicator($0.indicator!))
                        .replacingOccurrences(of: "{area}", with: names.area($0.area))
                        .replacingOccurrences(of: "{count}", with: "\($0.total)")
                        .replacingOccurrences(of: "{earlier}", with: "\($0.earlierTotal)"),
                    href: monthHref, action: texts["raise_problem"],
                    actionHref: proposal.href(area: $0.area, indicator: $0.indicator))
            }
            let emerging = picture.emerging.cells.filter { $0.category == .new || $0.category == .intensifying }
            if !emerging.isEmpty {
                candidates.append(
                    .init(
                        text: texts["agenda_emerging"].replacingOccurrences(of: "{count}", with: "\(emerging.count)"),
                        href: Route.analysisKind(.value(AnalysisKind.emerging.rawValue)).path))
            }
            let register = try await MeasureRegister.load(stores, now: now)
            let today = LocalDate(now)
            let problems = register.problems
            func line(_ problem: Problem) -> Page.Line {
                .init(text: "\(problem.code) \(problem.title)", href: Route.problem(.value(problem.id)).path)
            }
            func line(_ measure: Measure) -> Page.Line {
                .init(text: measure.title, href: Route.measure(.value(measure.id)).path)
            }
            let open = Set(problems.filter(\.status.isOpen).map(\.id))
            let evaluations = register.lines.filter { line in
                line.outcome?.phase == .complete && open.contains(line.measure.problemID)
            }
            let groups = try await stores.workingGroups.all().filter { $0.status == .active }
            let sections: [(String, [Page.Line])] = [
                ("candidates", candidates),
                ("prioritise", problems.filter { $0.status == .proposed }.map(line)),
                ("decide", register.lines.map(\.measure).filter { $0.status == .proposed }.map(line)),
                ("late", register.lines.map(\.measure).filter { $0.isLate(today: today) }.map(line)),
                (
                    "evaluations",
                    evaluations.map { entry in
                        Page.Line(
                            text: entry.measure.title + ": "
                                + (entry.outcome.map { EvaluationWords.summary($0, texts: texts) } ?? ""),
                            href: Route.evaluation(.value(entry.measure.id)).path)
                    }
                ),
                (
                    "groups",
                    groups.map { group in
                        Page.Line(
                            text: group.name + " ("
                                + texts.numbers.count(
                                    problems.filter { $0.workingGroupID == group.id && $0.status.isOpen }.count,
                                    one: texts["noun_open_problem_one"], other: texts["noun_open_problem_other"]) + ")",
                            href: Route.workingGroup(.value(group.id)).path)
                    }
                ),
            ]
            let items = sections.enumerated().map { index, section in
                Page.Item(
                    number: index + 1, heading: texts["agenda_\(section.0)"], hint: texts["agenda_\(section.0)_hint"],
                    lines: section.1)
            }
            return renderer.page(
                "agenda", title: texts["agenda_title"],
                page: Page(
                    intro: texts["agenda_intro"], month: format.monthName(picture.label), monthHref: monthHref,
                    items: items, decisionsHref: Route.decisions.path,
                    recordHref: signedIn.user.can(.decide) ? Route.recordDecision.path : nil),
                request: request, context: context)
        }
    }
}
