import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

/// Records what would have been mailed; can be told to fail.
actor RecordingMailSender: MailSender {
    var sent: [MailMessage] = []
    var failure: SMTPError?

    init(failing failure: SMTPError? = nil) { self.failure = failure }

    func send(_ message: MailMessage) async throws {
        if let failure { throw failure }
        // A little time on the wire, so two dispatchers overlap.
        try await Task.sleep(for: .milliseconds(2))
        sent.append(message)
    }
}

@Suite("Notices in Trygg and by e-mail")
struct NoticeTests {
    static func dispatcher(_ accounts: TestAccounts, _ sender: any MailSender) throws -> NoticeDispatcher {
        NoticeDispatcher(
            storage: Storage(accounts.database, hashing: testHashing), sender: sender,
            catalogue: try StringCatalogue.bundled(),
            baseURL: "https://trygg.example.se", logger: Logger(label: "test"))
    }

    static func optIn(
        _ accounts: TestAccounts, _ username: String, _ kinds: Set<Notice.Kind>, email: String = "someone@example.se"
    ) async throws -> User {
        let user = try #require(try await accounts.users.find(username: username))
        try await NoticeStore(accounts.database, municipalityID: accounts.municipality.id).setPreferences(
            of: user.id, email: email, kinds: kinds)
        return user
    }

    @Test(arguments: TestEngine.available)
    func aReturnedReportIsToldToItsReporterInTrygg(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reporter = try await Browser.signedIn(client, "reporter")
            let path = try await reporter.submitReport("Klotter")
            var reviewer = try await Browser.signedIn(client, "reviewer")
            try await reviewer.get(path)
            _ = try await reviewer.post(
                path + "/decision", [("decision", "return"), ("version", "1"), ("comment", "Vilken vägg?")])
            let page = try await reporter.get("/account/notices").text
            #expect(page.contains("Din rapport behöver kompletteras"))
            #expect(page.contains("Granskarens kommentar: Vilken vägg?"))
            #expect(page.contains("E-post är inte konfigurerad för Trygg."))
        }
    }

    @Test(arguments: TestEngine.available)
    func choosingMailNeedsAnAddressThatLooksLikeOne(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var reporter = try await Browser.signedIn(client, "reporter")
            try await reporter.get("/account/notices")
            let refused = try await reporter.post(
                "/account/notices", [("email", "inte en adress"), ("kinds", "returned_report")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Det ser inte ut som en e-postadress."))
            #expect(refused.text.contains(#"value="inte en adress""#))
            let saved = try await reporter.post(
                "/account/notices",
                [("email", "rapportor@example.se"), ("kinds", "returned_report"), ("kinds", "agenda_ready")])
            #expect(saved.location == "/account/notices?saved=1")
            let user = try #require(try await accounts.users.find(username: "reporter"))
            // A kind that does not concern a reporter's roles is not kept.
            #expect(
                try await NoticeStore(accounts.database, municipalityID: accounts.municipality.id).preferences(
                    of: user.id) == [.returnedReport])
            #expect(user.email == "rapportor@example.se")
        }
    }

    @Test(arguments: TestEngine.available)
    func closingAMeetingMailsThoseWhoAskedOnceInTheirLanguage(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            let reader = try await Self.optIn(accounts, "reader", [.weekPublished], email: "lasare@example.se")
            try await NoticeStore(accounts.database, municipalityID: accounts.municipality.id).setLanguage(
                of: reader.id, .en)
            _ = try await Self.optIn(accounts, "reviewer", [.agendaReady], email: "granskare@example.se")
            var reporter = try await Browser.signedIn(client, "reporter")
            _ = try await reporter.submitReport("Klotter")
            var reviewer = try await Browser.signedIn(client, "reviewer")
            try await reviewer.get("/meetings/2026-W47")
            _ = try await reviewer.post("/meetings/2026-W47/close", [("confirm", "yes")])

            let sender = RecordingMailSender()
            #expect(try await Self.dispatcher(accounts, sender).sendDue() == 2)
            #expect(try await Self.dispatcher(accounts, sender).sendDue() == 0)
            let mails = await sender.sent
            let toReader = try #require(mails.first { $0.to == "lasare@example.se" })
            #expect(toReader.subject == "The situation picture week 47 (16–22 Nov) is published")
            #expect(toReader.text.contains("https://trygg.example.se/weeks/2026-W47"))
            #expect(!toReader.text.contains("Klotter"))
            let toReviewer = try #require(mails.first { $0.to == "granskare@example.se" })
            #expect(toReviewer.subject.contains("Samverkansmötet vecka 48"))
            #expect(toReviewer.text.contains("1 rapport väntar på granskning"))
        }
    }

    @Test(arguments: TestEngine.available)
    func twoInstancesSendEachNoticeExactlyOnce(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { _, accounts in
            let user = try await Self.optIn(accounts, "reader", [.weekPublished])
            let notices = NoticeStore(accounts.database, municipalityID: accounts.municipality.id)
            try await notices.notify(
                (1...30).map {
                    NoticeDraft(
                        userID: user.id, kind: .weekPublished, subject: ["week": "2026-W\($0 + 10)"],
                        dedupeKey: "week:\($0)")
                })
            let sender = RecordingMailSender()
            let one = try Self.dispatcher(accounts, sender), two = try Self.dispatcher(accounts, sender)
            async let first = one.sendDue()
            async let second = two.sendDue()
            let (a, b) = try await (first, second)
            let third = try await one.sendDue()
            #expect(a + b + third == 30)
            #expect(Set(await sender.sent.map(\.id)).count == 30)
            #expect(await sender.sent.count == 30)
            #expect(try await NoticeOutbox(accounts.database).counts()[.sent] == 30)
        }
    }

    @Test(arguments: TestEngine.available)
    func aFailingServerIsTriedAgainLaterAndARefusalIsFinal(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { _, accounts in
            let user = try await Self.optIn(accounts, "reader", [.weekPublished])
            let notices = NoticeStore(accounts.database, municipalityID: accounts.municipality.id)
            try await notices.notify([
                NoticeDraft(userID: user.id, kind: .weekPublished, subject: ["week": "2026-W47"], dedupeKey: "week:47")
            ])
            let now = Date()
            let down = RecordingMailSender(failing: SMTPError(code: 421, message: "try later", transient: true))
            #expect(try await Self.dispatcher(accounts, down).sendDue(now: now) == 0)
            #expect(try await NoticeOutbox(accounts.database).counts()[.pending] == 1)
            // Not due again before its minute has passed; then a refusal ends it.
            let refusing = RecordingMailSender(failing: SMTPError(code: 550, message: "no such user", transient: false))
            #expect(try await Self.dispatcher(accounts, refusing).sendDue(now: now.addingTimeInterval(30)) == 0)
            #expect(try await NoticeOutbox(accounts.database).counts()[.pending] == 1)
            _ = try await Self.dispatcher(accounts, refusing).sendDue(now: now.addingTimeInterval(61))
            #expect(try await NoticeOutbox(accounts.database).counts()[.failed] == 1)
        }
    }
}
