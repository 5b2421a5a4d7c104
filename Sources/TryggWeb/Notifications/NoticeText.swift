import Foundation
import TryggCore
import TryggStore

/// A notice in words: its title, a sentence, the page it leads to, and the e-mail made of them. Only what
/// the recipient may read anyway: their own report's what and when and the reviewer's comment, a week's
/// number, a count.
struct NoticeText: Sendable {
    var title: String
    var body: String
    var path: String
    /// What the e-mail says: the body without free text written by others (a reviewer's comment), since the
    /// address is the user's own word and a mistyped one reaches a stranger.
    var mailBody: String

    static func make(
        _ notice: Notice, texts: Texts, stores: MunicipalityStores
    ) async throws -> NoticeText {
        let numbers = texts.numbers
        switch notice.kind {
        case .returnedReport:
            let id = notice.subject["report"].flatMap(UUID.init(uuidString:))
            var report: Report?
            if let id {
                report = try await stores.reports.find(
                    id, scope: .own(notice.userID))
            }
            let names = try await stores.catalogue.names(in: texts.language)
            let what = report.map { names.what($0) + ", " + ReportTime.when($0, texts) } ?? ""
            let comment =
                report?.reviewComment.map {
                    " " + texts["notice_returned_comment"].replacingOccurrences(of: "{comment}", with: $0)
                } ?? ""
            let body = texts["notice_returned_body"].replacingOccurrences(of: "{report}", with: what)
            return NoticeText(
                title: texts["notice_returned_title"], body: body + comment,
                path: id.map { Route.editReport(.value($0)).path } ?? Route.reports.path, mailBody: body)
        case .weekPublished:
            let week = notice.subject["week"].flatMap(ISOWeek.init)
            let label = week.map(numbers.week) ?? ""
            let body = texts["notice_week_body"].replacingOccurrences(of: "{week}", with: label)
            return NoticeText(
                title: texts["notice_week_title"].replacingOccurrences(of: "{week}", with: label), body: body,
                path: week.map { Route.week(.value($0)).path } ?? Route.weeks.path, mailBody: body)
        case .agendaReady:
            let week = notice.subject["week"].flatMap(ISOWeek.init)
            let count = Int(notice.subject["count"] ?? "") ?? 0
            let label = week.map(numbers.week) ?? ""
            let body = texts["notice_agenda_body"].replacingOccurrences(of: "{week}", with: label)
                .replacingOccurrences(
                    of: "{count}",
                    with: numbers.count(count, one: texts["noun_report_one"], other: texts["noun_report_other"]))
            return NoticeText(
                title: texts["notice_agenda_title"].replacingOccurrences(of: "{week}", with: label), body: body,
                path: week.map { Route.meeting(.value($0)).path } ?? Route.meetings.path, mailBody: body)
        }
    }

    /// The e-mail: the sentence and a link in plain text and in HTML (escaped), signed by the municipality.
    func mail(to address: String, id: UUID, baseURL: String, texts: Texts, municipality: Municipality) -> MailMessage {
        let link = baseURL + path
        let footer = texts["notice_mail_footer"].replacingOccurrences(of: "{municipality}", with: municipality.name)
            .replacingOccurrences(of: "{settings}", with: baseURL + Route.notices.path)
        let text = "\(mailBody)\n\n\(link)\n\n-- \n\(footer)\n"
        let html = """
            <!doctype html><html lang="\(texts.language.rawValue)"><body style="font-family: sans-serif">\
            <p>\(Markup.escape(mailBody))</p><p><a href="\(Markup.escape(link))">\(Markup.escape(texts["notice_open"]))</a></p>\
            <p style="color:#4a5360;font-size:90%">\(Markup.escape(footer))</p></body></html>
            """
        return MailMessage(to: address, subject: title, text: text, html: html, id: id.uuidString.lowercased())
    }
}
