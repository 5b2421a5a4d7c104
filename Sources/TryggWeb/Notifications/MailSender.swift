/// Sends one e-mail; the SMTP client in production, a recorder in tests.
public protocol MailSender: Sendable {
    func send(_ message: MailMessage) async throws
}

extension SMTPClient: MailSender {}

/// Whether a failed send may succeed if tried again later.
extension Error {
    var isTransientMailError: Bool { (self as? SMTPError)?.transient ?? true }
}
