import Foundation
import Logging
import ServiceLifecycle
import TryggCore
import TryggStore

/// Sends the e-mails of notices, outside any request: every few seconds it claims the due ones, writes
/// each in its recipient's language and hands it to the mail server; a failure is tried again later
/// (`MailRetry`). Every instance runs one; the outbox's claims keep them from sending a notice twice.
public struct NoticeDispatcher: Service {
    let storage: Storage
    let sender: any MailSender
    let catalogue: StringCatalogue
    /// The address pages are served at, for the links in mails (`TRYGG_PUBLIC_URL`).
    let baseURL: String
    let interval: Duration
    let logger: Logger

    public init(
        storage: Storage, sender: any MailSender, catalogue: StringCatalogue, baseURL: String,
        interval: Duration = .seconds(5), logger: Logger
    ) {
        self.storage = storage
        self.sender = sender
        self.catalogue = catalogue
        self.baseURL = baseURL
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                _ = try await sendDue()
            } catch {
                logger.error("notice mail round failed: \(String(reflecting: error))")
            }
            try? await Task.sleep(for: interval)
        }
    }

    /// One round: claims and sends what is due, batch after batch; returns how many were sent.
    public func sendDue(now: Date = Date()) async throws -> Int {
        let outbox = storage.outbox
        guard let municipality = try await storage.municipalities.cached() else { return 0 }
        var sent = 0
        var batch = try await outbox.claim(now: now)
        while !batch.isEmpty {
            sent += try await send(batch, outbox: outbox, municipality: municipality, now: now)
            batch = try await outbox.claim(now: now)
        }
        return sent
    }

    private func send(
        _ batch: [OutboundNotice], outbox: NoticeOutbox, municipality: Municipality, now: Date
    ) async throws -> Int {
        var sent = 0
        for due in batch {
            let texts = Texts(catalogue: catalogue, language: due.language)
            do {
                let words = try await NoticeText.make(
                    due.notice, texts: texts, stores: storage.stores(of: municipality.id))
                try await sender.send(
                    words.mail(
                        to: due.email, id: due.notice.id, baseURL: baseURL, texts: texts, municipality: municipality))
                try await outbox.sent(due, now: now)
                sent += 1
            } catch {
                logger.warning("notice mail failed", metadata: ["notice": "\(due.notice.id)", "error": "\(error)"])
                try await outbox.failed(due, error: "\(error)", transient: error.isTransientMailError, now: now)
            }
        }
        return sent
    }
}
