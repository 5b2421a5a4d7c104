/// One message to submit, as text and HTML alternatives of the same content.
public struct MailMessage: Sendable, Equatable {
    public var to: String; public var subject: String; public var text: String; public var html: String
    /// Used as the Message-ID local part so a message retried after a crash can be recognised as the same one.
    public var id: String
    public init(to: String, subject: String, text: String, html: String, id: String) {
        (self.to, self.subject, self.text, self.html, self.id) = (to, subject, text, html, id)
    }
}

/// A failed submission: the server's reply code (if any) and whether trying again later may succeed.
public struct SMTPError: Error, Sendable, CustomStringConvertible {
    public var code: Int?; public var message: String; public var transient: Bool
    public init(code: Int?, message: String, transient: Bool? = nil) {
        // No code means the connection failed or timed out, which is worth retrying; 5xx is final.
        (self.code, self.message) = (code, message)
        self.transient = transient ?? code.map { (400..<500).contains($0) } ?? true
    }
    public var description: String { "SMTP error\(code.map { " \($0)" } ?? ""): \(message)" }
}
