import Foundation
import TryggCore
import TryggStore

/// Reads what the meeting's page shows (agenda, duplicates, notes, participants) and formats it.
struct MeetingPageBuilder {
    let stores: MunicipalityStores
    let texts: Texts

    func build(
        _ week: ISOWeek, typed: MeetingPage.Typed, notice: String?, error: String?, fieldErrors: [FieldError],
        confirm: MeetingPage.ConfirmClose?
    ) async throws -> MeetingPage {
        let store = stores.reports
        let submitted = try await store.list(scope: .all, filter: .init(status: .submitted), limit: 5_000)
        let names = try await stores.catalogue.names(in: texts.language)
        let meeting = try await stores.meetings.meeting(week)
        let organisations = try await stores.organisations.all().filter(
            \.active)
        let groups = Dictionary(grouping: submitted) { names.area($0.areaCode) }.sorted { $0.key < $1.key }.map {
            area, reports in
            MeetingPage.Group(
                area: area,
                reports: reports.sorted { (names.what($0), $0.occurredAt) < (names.what($1), $1.occurredAt) }.map {
                    report in
                    MeetingPage.Item(
                        id: report.id.uuidString, href: Route.report(.value(report.id)).path, what: names.what(report),
                        when: ReportTime.when(report, texts), place: report.placeDescription.nonEmpty,
                        description: report.description,
                        checked: typed.selected.contains(report.id)
                    )
                })
        }
        let byID = Dictionary(uniqueKeysWithValues: submitted.map { ($0.id, $0) })
        let duplicates = DuplicateFinder().pairs(in: submitted).compactMap { first, second -> MeetingPage.Duplicate? in
            guard let kept = byID[first], let other = byID[second] else { return nil }
            return MeetingPage.Duplicate(
                kept: first.uuidString, duplicate: second.uuidString, version: other.version, what: names.what(kept),
                area: names.area(kept.areaCode),
                first: ReportTime.when(kept, texts), second: ReportTime.when(other, texts)
            )
        }
        func fieldError(_ name: String) -> String? {
            fieldErrors.first { $0.field == name }.map { texts.problem($0.problem) }
        }
        let participants = typed.participants ?? meeting?.participants ?? []
        let count = texts.numbers.count(
            submitted.count, one: texts["noun_report_one"], other: texts["noun_report_other"])
        return MeetingPage(
            weekLabel: texts.numbers.week(week),
            agendaHeading: texts["meeting_agenda"] + ": " + count,
            previousHref: Route.meeting(.value(week.adding(weeks: -1))).path,
            nextHref: Route.meeting(.value(week.adding(weeks: 1))).path,
            weekHref: Route.week(.value(week)).path,
            decisionsAction: Route.meetingAction(.value(week), .decisions).path,
            mergeAction: Route.meetingAction(.value(week), .merge).path,
            notesAction: Route.meetingAction(.value(week), .notes).path,
            closeAction: Route.meetingAction(.value(week), .close).path,
            notice: notice, error: error, closed: meeting?.isClosed ?? false,
            groups: groups, comment: typed.comment, commentError: fieldError("comment"),
            duplicates: duplicates,
            participants: organisations.map {
                .init(value: $0.code, label: $0.name, selected: participants.contains($0.code))
            },
            notes: typed.notes ?? meeting?.notes ?? "", notesError: fieldError("notes"),
            focus: typed.focus ?? meeting?.focus ?? "", focusError: fieldError("focus"),
            confirmClose: confirm,
            closeHint: texts["meeting_close_hint"] + " "
                + (submitted.isEmpty
                    ? ""
                    : texts["meeting_close_undecided"]
                        .replacingOccurrences(of: "{count}", with: count))
        )
    }
}
