import Foundation
import TryggCore
import TryggStore

/// Reads what each role's card on the start page says needs attention: counts on indexes and short lists,
/// and for reviewers the agenda itself (a few hundred reports), which duplicates are looked for in.
struct StartPageBuilder {
    let texts: Texts
    let signedIn: SignedInUser
    var mailConfigured = false
    var now = Date()

    typealias Attention = StartPage.Attention
    typealias Link = StartPage.Link

    var municipalityID: UUID { signedIn.municipality.id }
    var numbers: Numbers { texts.numbers }
    var reports: ReportStore { signedIn.stores.reports }
    var currentWeek: ISOWeek { ISOWeek(containing: now) }

    func build() async throws -> StartPage {
        var sections: [StartPage.Section] = []
        for role in signedIn.user.sortedRoles {
            let (attention, links) = try await content(for: role)
            sections.append(StartPage.Section(role: role, texts: texts, attention: attention, links: links))
        }
        if let work = try await measures() { sections.append(work) }
        return StartPage(
            greeting: texts["home_greeting"].replacingOccurrences(of: "{name}", with: signedIn.user.displayName),
            sections: sections)
    }

    func content(for role: Role) async throws -> ([Attention], [Link]) {
        switch role {
        case .reporter: try await reporter()
        case .reviewer: try await reviewer()
        case .coordinator: try await coordinator()
        case .reader: try await reader()
        case .analyst:
            (
                [],
                [
                    Link(
                        href: Route.month(
                            .value(
                                String(
                                    LocalTime.day(ISOWeek.calendar.date(byAdding: .month, value: -1, to: now)!).prefix(
                                        7)))
                        ).path,
                        label: texts["home_last_month"]),
                    Link(href: Route.agenda.path, label: texts["agenda_title"]),
                    Link(href: Route.analysisKind(.value("hotspots")).path, label: texts["analysis_hotspots_title"]),
                    Link(href: Route.analysisKind(.value("emerging")).path, label: texts["analysis_emerging_title"]),
                    Link(href: Route.analysisKind(.value("trends")).path, label: texts["analysis_trends_title"]),
                    Link(href: Route.methods.path, label: texts["methods_link"]),
                ]
            )
        }
    }

    /// The measures the person answers for, and for planners the late ones: the card appears only when there
    /// is something to follow.
    func measures() async throws -> StartPage.Section? {
        let today = LocalDate(now)
        let measures = try await signedIn.stores.measures.all()
        let own = measures.filter { $0.contactUserID == signedIn.user.id && !$0.status.isFinished }
        var attention = own.map { measure in
            Attention(
                text: measure.title + ": " + texts["measure_status_\(measure.status.rawValue)"]
                    + (measure.isLate(today: today) ? " (" + texts["measure_late"].lowercased() + ")" : ""),
                href: Route.measure(.value(measure.id)).path, urgent: measure.isLate(today: today))
        }
        // The open problems of the working groups the person is in.
        let groups = try await signedIn.stores.workingGroups.all().filter {
            $0.status == .active && $0.includes(signedIn.user.id)
        }
        if !groups.isEmpty {
            let ids = Set(groups.map(\.id))
            for problem in try await signedIn.stores.problems.all()
            where problem.status.isOpen && problem.workingGroupID.map(ids.contains) == true {
                attention.append(
                    Attention(
                        text: "\(problem.code) \(problem.title): " + texts["problem_status_\(problem.status.rawValue)"],
                        href: Route.problem(.value(problem.id)).path))
            }
        }
        if signedIn.user.can(.plan) {
            let late = measures.filter { $0.isLate(today: today) }.count
            if late > 0 {
                attention.append(
                    Attention(
                        text: numbers.count(
                            late, one: texts["noun_late_measure_one"], other: texts["noun_late_measure_other"]),
                        href: Route.steering.path, urgent: true))
            }
        }
        guard !attention.isEmpty || signedIn.user.can(.plan) || !groups.isEmpty else { return nil }
        return StartPage.Section(
            key: "measures", texts: texts, attention: attention,
            links: [
                Link(href: Route.problems.path, label: texts["problems_title"]),
                Link(href: Route.measures.path, label: texts["measures_title"]),
                Link(href: Route.steering.path, label: texts["steering_title"]),
            ])
    }

    func reports(_ count: Int) -> String {
        numbers.count(count, one: texts["noun_report_one"], other: texts["noun_report_other"])
    }

    /// Reports sent back for completion first, then what became of the latest decided reports.
    func reporter() async throws -> ([Attention], [Link]) {
        let mine = ReportScope.own(signedIn.user.id)
        let names = try await signedIn.stores.catalogue.names(in: texts.language)
        var attention = try await reports.list(scope: mine, filter: .init(status: .returned), limit: 5).map { report in
            Attention(
                text: texts["home_returned"].replacingOccurrences(
                    of: "{report}", with: names.what(report) + ", " + ReportTime.when(report, texts))
                    + (report.reviewComment.map { " – " + $0 } ?? ""),
                href: Route.editReport(.value(report.id)).path, urgent: true)
        }
        // The latest decided reports, however many newer ones still await review.
        var decided: [Report] = []
        for status in [ReportStatus.published, .approved, .rejected, .merged] {
            decided += try await reports.list(scope: mine, filter: .init(status: status), limit: 5)
        }
        decided = Array(decided.sorted { $0.occurredAt > $1.occurredAt }.prefix(5))
        attention += decided.map { report in
            let what = names.what(report) + ", " + ReportTime.when(report, texts)
            let outcome: String =
                switch report.status {
                case .published:
                    texts["home_outcome_published"].replacingOccurrences(
                        of: "{week}", with: report.publishedWeek.map(numbers.week) ?? "")
                case .approved: texts["home_outcome_approved"]
                case .rejected: texts["home_outcome_rejected"] + (report.reviewComment.map { ": " + $0 } ?? "")
                case .merged: texts["home_outcome_merged"]
                default: texts["status_\(report.status.rawValue)"]
                }
            return Attention(text: what + " – " + outcome, href: Route.report(.value(report.id)).path)
        }
        let waiting = try await reports.count(status: .submitted, reporterID: signedIn.user.id)
        if waiting > 0 {
            attention.append(
                Attention(
                    text: texts["home_waiting"].replacingOccurrences(of: "{count}", with: self.reports(waiting)),
                    href: Route.reports.path))
        }
        return (
            attention,
            [
                Link(href: Route.newReport.path, label: texts["nav_new_report"]),
                Link(href: Route.reports.path, label: texts["nav_my_reports"]),
            ]
        )
    }

    /// The agenda of the coming meeting: how many reports, how many possible duplicates, which meeting.
    func reviewer() async throws -> ([Attention], [Link]) {
        let submitted = try await reports.list(scope: .all, filter: .init(status: .submitted), limit: 5_000)
        let duplicates = DuplicateFinder().pairs(in: submitted).count
        let meeting = try await signedIn.stores.meetings.meeting(currentWeek)
        var attention = [
            Attention(
                text: texts[meeting?.isClosed == true ? "home_agenda_closed" : "home_agenda"]
                    .replacingOccurrences(of: "{count}", with: reports(submitted.count))
                    .replacingOccurrences(of: "{week}", with: numbers.week(currentWeek)),
                href: Route.meeting(.value(meeting?.isClosed == true ? currentWeek.adding(weeks: 1) : currentWeek)).path
            )
        ]
        if duplicates > 0 {
            attention.append(
                Attention(
                    text: texts["home_duplicates"].replacingOccurrences(
                        of: "{count}",
                        with: numbers.count(
                            duplicates, one: texts["noun_duplicate_one"], other: texts["noun_duplicate_other"])),
                    href: Route.meeting(.value(currentWeek)).path + "#duplicates"))
        }
        return (
            attention,
            [
                Link(href: Route.meetings.path, label: texts["nav_meeting"]),
                Link(href: Route.reports.path, label: texts["nav_reports"]),
            ]
        )
    }

    /// Undecided and late reports, locked-out users and a meeting that was not held.
    func coordinator() async throws -> ([Attention], [Link]) {
        var attention: [Attention] = []
        let late = try await reports.count(status: .submitted, occurredBefore: now.addingTimeInterval(-14 * 86_400))
        if late > 0 {
            attention.append(
                Attention(
                    text: texts["home_late"].replacingOccurrences(of: "{count}", with: reports(late)),
                    href: Route.meeting(.value(currentWeek)).path, urgent: true))
        }
        let lastWeek = currentWeek.adding(weeks: -1)
        if try await signedIn.stores.meetings.meeting(lastWeek)?.isClosed != true {
            attention.append(
                Attention(
                    text: texts["home_meeting_not_held"].replacingOccurrences(
                        of: "{week}", with: numbers.week(lastWeek)),
                    href: Route.meeting(.value(lastWeek)).path, urgent: true))
        }
        let usernames = Set(try await signedIn.stores.users.all().map(\.username))
        let locked = try await signedIn.stores.signInAttempts.lockedOut(now: now).filter(usernames.contains)
        if !locked.isEmpty {
            attention.append(
                Attention(
                    text: texts["home_locked_out"].replacingOccurrences(
                        of: "{users}", with: locked.joined(separator: ", ")),
                    href: Route.admin(.users).path, urgent: true))
        }
        if !mailConfigured {
            attention.append(Attention(text: texts["home_mail_off"], href: nil))
        } else if let failed = try await signedIn.stores.outbox.counts()[.failed], failed > 0 {
            attention.append(
                Attention(
                    text: texts["home_mail_failed"].replacingOccurrences(
                        of: "{count}",
                        with: numbers.count(failed, one: texts["noun_mail_one"], other: texts["noun_mail_other"])),
                    href: nil, urgent: true))
        }
        let undecided = try await reports.count(status: .submitted)
        attention.append(
            Attention(
                text: texts["home_undecided"].replacingOccurrences(of: "{count}", with: reports(undecided)),
                href: Route.meeting(.value(currentWeek)).path))
        return (
            attention,
            [
                Link(href: Route.admin(.users).path, label: texts["nav_users"]),
                Link(href: Route.grantLog.path, label: texts["grants_title"]),
                Link(href: Route.admin(.organisations).path, label: texts["nav_organisations"]),
                Link(href: Route.admin(.indicators).path, label: texts["nav_indicators"]),
                Link(href: Route.admin(.areas).path, label: texts["nav_areas"]),
            ]
        )
    }

    /// The latest published weekly picture.
    func reader() async throws -> ([Attention], [Link]) {
        guard let latest = try await signedIn.stores.meetings.closed().first else {
            return (
                [Attention(text: texts["home_no_week"], href: nil)],
                [Link(href: Route.map.path, label: texts["nav_map"])]
            )
        }
        let total = try await reports.weeklyPicture(latest.week).picture.total.count
        return (
            [
                Attention(
                    text: texts["home_latest_week"].replacingOccurrences(of: "{week}", with: numbers.week(latest.week))
                        .replacingOccurrences(of: "{count}", with: reports(total)),
                    href: Route.week(.value(latest.week)).path)
            ],
            [
                Link(href: Route.weeks.path, label: texts["nav_weeks"]),
                Link(href: Route.map.path, label: texts["nav_map"]),
            ]
        )
    }
}
