import Foundation
import NIOCore
import NIOPosix
import NIOSSL

func checkNoLineBreak(_ s: String, _ what: String) throws {
    guard !s.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) else {
        throw SMTPError(code: nil, message: "\(what) contains a line break: \(s.debugDescription)", transient: false)
    }
}

// Deliberately strict (ASCII, no quoting, no spaces): addresses go verbatim into headers and SMTP commands.
func checkAddress(_ a: String, _ what: String) throws {
    try checkNoLineBreak(a, what)
    let parts = a.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
        a.unicodeScalars.allSatisfy({
            $0.value > 32 && $0.value < 127 && !"<>()[],;:\\\"".unicodeScalars.contains($0)
        })
    else {
        throw SMTPError(code: nil, message: "\(what) is not a valid address: \(a.debugDescription)", transient: false)
    }
}

/// Submits mail to one SMTP server, one connection per message.
public struct SMTPClient: Sendable {
    let configuration: SMTPConfiguration, group: any EventLoopGroup, tls: TLSConfiguration, timeout: TimeAmount
    public init(
        _ configuration: SMTPConfiguration, eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        tlsConfiguration: TLSConfiguration? = nil, timeout: TimeAmount = .seconds(30)
    ) {
        (self.configuration, self.group, self.timeout) = (configuration, eventLoopGroup, timeout)
        self.tls = tlsConfiguration ?? .makeClientConfiguration()
    }

    /// Sends one message: connect, EHLO, STARTTLS (+ EHLO again) when configured, AUTH PLAIN (or LOGIN) when credentials
    /// are given, MAIL FROM, RCPT TO, DATA, QUIT. Throws `SMTPError` on any unexpected reply and on timeout.
    public func send(_ message: MailMessage) async throws {
        let (c, timeout) = (configuration, timeout)
        let data = try Self.compose(message, c)
        // NIOSSL refuses IP addresses as SNI names; certificate checks then use the peer address instead.
        let serverName = (try? SocketAddress(ipAddress: c.host, port: 0)) == nil ? c.host : nil
        let ssl: NIOSSLContext?
        do { ssl = c.security == .none ? nil : try NIOSSLContext(configuration: tls) } catch {
            throw SMTPError(code: nil, message: "TLS configuration: \(error)", transient: false)
        }
        let implicit = c.security == .implicitTLS ? ssl : nil
        let s: Session
        do {
            // The reply handler must be in place before the first read, or the greeting could be lost.
            s = try await ClientBootstrap(group: group).connectTimeout(timeout).connect(host: c.host, port: c.port) {
                ch in
                ch.eventLoop.makeCompletedFuture {
                    if let implicit {
                        try ch.pipeline.syncOperations.addHandler(
                            NIOSSLClientHandler(context: implicit, serverHostname: serverName))
                    }
                    let handler = ReplyHandler(timeout: timeout, eventLoop: ch.eventLoop)
                    try ch.pipeline.syncOperations.addHandler(handler)
                    return Session(channel: ch, handler: NIOLoopBound(handler, eventLoop: ch.eventLoop))
                }
            }
        } catch {
            throw SMTPError(code: nil, message: "cannot connect to \(c.host):\(c.port): \(error)", transient: true)
        }
        defer { s.channel.close(promise: nil) }
        do {
            try await withTaskCancellationHandler {
                try await s.expect(nil, [220], "greeting")
                var caps = try await s.ehlo()
                if c.security == .startTLS, let ssl {
                    guard caps["STARTTLS"] != nil else {
                        throw SMTPError(
                            code: nil, message: "\(c.host) does not offer STARTTLS; refusing to send in clear text",
                            transient: false)
                    }
                    try await s.expect("STARTTLS", [220], "STARTTLS")
                    try await s.startTLS(ssl, serverName)
                    caps = try await s.ehlo()  // what was offered in clear text may have been tampered with
                }
                if let user = c.username, let password = c.password {
                    let mechanisms = caps["AUTH"] ?? []
                    if mechanisms.contains("PLAIN") {
                        try await s.expect(
                            "AUTH PLAIN " + Data("\0\(user)\0\(password)".utf8).base64EncodedString(), [235],
                            "AUTH PLAIN")
                    } else if mechanisms.contains("LOGIN") {
                        try await s.expect("AUTH LOGIN", [334], "AUTH LOGIN")
                        try await s.expect(Data(user.utf8).base64EncodedString(), [334], "AUTH LOGIN user name")
                        try await s.expect(Data(password.utf8).base64EncodedString(), [235], "AUTH LOGIN password")
                    } else {
                        let offered = mechanisms.isEmpty ? "none" : mechanisms.joined(separator: " ")
                        throw SMTPError(
                            code: nil, message: "\(c.host) offers no supported AUTH mechanism (offered: \(offered))",
                            transient: false)
                    }
                }
                try await s.expect("MAIL FROM:<\(c.sender)>", [250], "MAIL FROM")
                try await s.expect("RCPT TO:<\(message.to)>", [250, 251], "RCPT TO")
                try await s.expect("DATA", [354], "DATA")
                try await s.expect(raw: data, [250], "message transfer")
                // The message is accepted now: a failing QUIT must not make the caller send it twice.
                _ = try? await s.expect("QUIT", [221], "QUIT")
            } onCancel: {
                s.channel.close(promise: nil)
            }
        } catch {
            throw error as? SMTPError ?? SMTPError(code: nil, message: "\(error)", transient: true)
        }
    }

    /// The whole DATA payload, dot-stuffed and terminated; validates everything that goes into a header first.
    static func compose(_ m: MailMessage, _ c: SMTPConfiguration) throws -> ByteBuffer {
        try checkAddress(m.to, "recipient")
        try checkAddress(c.sender, "from address")
        try checkNoLineBreak(m.subject, "subject")
        try checkNoLineBreak(c.senderName ?? "", "sender name")
        let atext = "!#$%&'*+/=?^_`{|}~.-".unicodeScalars
        guard !m.id.isEmpty,
            m.id.unicodeScalars.allSatisfy({
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || atext.contains($0))
            })
        else {
            throw SMTPError(
                code: nil, message: "message id is not usable in a Message-ID: \(m.id.debugDescription)",
                transient: false)
        }
        let from =
            c.senderName.map { name in
                needsEncoding(name)
                    ? "\(encodedWords(name)) <\(c.sender)>"
                    : "\"\(name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\" <\(c.sender)>"
            } ?? c.sender
        let boundary = "=_trygg_" + UUID().uuidString.replacingOccurrences(of: "-", with: "")
        var out =
            "From: \(from)\r\nTo: \(m.to)\r\nSubject: \(needsEncoding(m.subject) ? encodedWords(m.subject) : m.subject)\r\n"
        out +=
            "Date: \(rfc5322Date(Date()))\r\nMessage-ID: <\(m.id)@\(c.sender.split(separator: "@")[1])>\r\nMIME-Version: 1.0\r\n"
        out += "Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"\r\n\r\n"
        for (subtype, body) in [("plain", m.text), ("html", m.html)] {
            // RFC 2045 wants text in canonical CRLF form before base64.
            let canonical = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
                of: "\n", with: "\r\n")
            let b64 = Array(Data(canonical.utf8).base64EncodedString().utf8)
            out +=
                "--\(boundary)\r\nContent-Type: text/\(subtype); charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            for i in stride(from: 0, to: b64.count, by: 76) {
                out += String(decoding: b64[i..<min(i + 76, b64.count)], as: UTF8.self) + "\r\n"
            }
        }
        out += "--\(boundary)--\r\n"
        // Nothing generated above starts with '.', but dot-stuffing keeps DATA correct if that ever changes.
        let stuffed = out.split(separator: "\r\n", omittingEmptySubsequences: false).map {
            $0.hasPrefix(".") ? "." + $0 : $0
        }
        return ByteBuffer(string: stuffed.joined(separator: "\r\n") + ".\r\n")
    }

    /// Long or "=?"-containing ASCII is encoded too: raw, it would need folding or could be misread as an encoded word.
    static func needsEncoding(_ s: String) -> Bool {
        s.count > 70 || s.contains("=?") || s.unicodeScalars.contains { $0.value < 32 || $0.value > 126 }
    }

    /// RFC 2047 words of at most 39 bytes, split between characters, so folded header lines stay under 78 columns.
    static func encodedWords(_ s: String) -> String {
        var words: [String] = [], chunk: [UInt8] = []
        for ch in s {
            if chunk.count + ch.utf8.count > 39, !chunk.isEmpty {
                words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?="); chunk = []
            }
            chunk += ch.utf8
        }
        if !chunk.isEmpty || words.isEmpty { words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    /// en_US_POSIX pins English day and month names whatever the process locale is.
    static func rfc5322Date(_ date: Date) -> String {
        let f = DateFormatter()
        (f.locale, f.timeZone, f.dateFormat) = (
            Locale(identifier: "en_US_POSIX"), TimeZone(identifier: "UTC"), "EEE, dd MMM yyyy HH:mm:ss Z"
        )
        return f.string(from: date)
    }
}

private struct SMTPReply: Sendable { var code: Int; var lines: [String] }

/// The async side of one connection; every touch of the handler hops onto its event loop.
private struct Session: Sendable {
    let channel: any Channel, handler: NIOLoopBound<ReplyHandler>

    @discardableResult func expect(_ command: String?, _ codes: Set<Int>, _ what: String) async throws -> SMTPReply {
        try await expect(raw: command.map { ByteBuffer(string: $0 + "\r\n") }, codes, what)
    }

    /// `what` names the step in errors instead of the command, which may carry credentials.
    @discardableResult func expect(raw out: ByteBuffer?, _ codes: Set<Int>, _ what: String) async throws -> SMTPReply {
        let handler = handler
        let reply = try await channel.eventLoop.flatSubmit { handler.value.exchange(out) }.get()
        guard codes.contains(reply.code) else {
            throw SMTPError(code: reply.code, message: "\(what): \(reply.code) \(reply.lines.joined(separator: " "))")
        }
        return reply
    }

    /// EHLO and its capabilities: keyword -> upper-cased parameters (e.g. "AUTH" -> ["PLAIN", "LOGIN"]).
    func ehlo() async throws -> [String: [String]] {
        // An address literal is always a valid EHLO argument, unlike a possibly unqualified host name.
        let name =
            channel.localAddress.flatMap { a in a.ipAddress.map { a.protocol == .inet6 ? "[IPv6:\($0)]" : "[\($0)]" } }
            ?? "localhost"
        var caps: [String: [String]] = [:]
        for line in try await expect("EHLO \(name)", [250], "EHLO").lines.dropFirst() {
            // Some old servers advertise "AUTH=LOGIN PLAIN".
            let words = line.uppercased().replacingOccurrences(of: "AUTH=", with: "AUTH ").split(separator: " ").map(
                String.init)
            if let key = words.first { caps[key] = Array(words.dropFirst()) }
        }
        return caps
    }

    func startTLS(_ context: NIOSSLContext, _ serverName: String?) async throws {
        let handler = handler
        try await channel.eventLoop.submit { try handler.value.startTLS(context, serverName) }.get()
    }
}

/// Assembles CRLF lines into (multi-line) replies and hands them, one per `exchange`, to the session.
private final class ReplyHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer; typealias OutboundOut = ByteBuffer
    private let timeout: TimeAmount, eventLoop: any EventLoop
    private var context: ChannelHandlerContext?
    private var buffer = ByteBuffer(), partial: [String] = [], ready: [SMTPReply] = []
    private var waiter: (promise: EventLoopPromise<SMTPReply>, timer: Scheduled<Void>)?
    private var failure: SMTPError?
    init(timeout: TimeAmount, eventLoop: any EventLoop) { (self.timeout, self.eventLoop) = (timeout, eventLoop) }
    func handlerAdded(context: ChannelHandlerContext) { self.context = context }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var bytes = unwrapInboundIn(data)
        buffer.writeBuffer(&bytes)
        while failure == nil, let lf = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) {
            var line = buffer.readString(length: lf - buffer.readerIndex)!
            buffer.moveReaderIndex(forwardBy: 1)
            if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
            let digits = line.unicodeScalars.prefix(3), separator = line.unicodeScalars.dropFirst(3).first
            guard digits.count == 3, digits.allSatisfy({ ("0"..."9").contains($0) }), let code = Int(String(digits)),
                separator == nil || separator == " " || separator == "-"
            else {
                return fail(SMTPError(code: nil, message: "malformed reply line: \(line.debugDescription)"))
            }
            partial.append(String(line.unicodeScalars.dropFirst(4)))
            if separator == "-" { continue }
            let reply = SMTPReply(code: code, lines: partial)
            partial = []
            if let waiter {
                self.waiter = nil; waiter.timer.cancel(); waiter.promise.succeed(reply)
            } else {
                ready.append(reply)
            }
        }
        buffer.discardReadBytes()
        // No sane reply comes near this; a broken or hostile peer must not make us buffer without bound.
        if buffer.readableBytes > 4096 || partial.count > 500 { fail(SMTPError(code: nil, message: "reply too long")) }
    }

    func channelInactive(context: ChannelHandlerContext) {
        fail(SMTPError(code: nil, message: "connection closed")); context.fireChannelInactive()
    }
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(SMTPError(code: nil, message: "connection error: \(error)"))
    }
    private func fail(_ error: SMTPError) {
        guard failure == nil else { return }
        failure = error
        if let waiter { self.waiter = nil; waiter.timer.cancel(); waiter.promise.fail(error) }
        context?.close(promise: nil)
    }

    /// Writes `out` (if any) and returns the next reply, failing after `timeout` without one.
    func exchange(_ out: ByteBuffer?) -> EventLoopFuture<SMTPReply> {
        guard let context, failure == nil else {
            return eventLoop.makeFailedFuture(failure ?? SMTPError(code: nil, message: "not connected"))
        }
        if let out { context.writeAndFlush(wrapOutboundOut(out), promise: nil) }
        if !ready.isEmpty { return eventLoop.makeSucceededFuture(ready.removeFirst()) }
        let promise = eventLoop.makePromise(of: SMTPReply.self)
        let timer = eventLoop.assumeIsolated().scheduleTask(in: timeout) {
            self.fail(
                SMTPError(
                    code: nil, message: "timed out after \(self.timeout.nanoseconds / 1_000_000)ms waiting for a reply")
            )
        }
        waiter = (promise, timer)
        return promise.futureResult
    }

    func startTLS(_ sslContext: NIOSSLContext, _ serverName: String?) throws {
        guard let context, failure == nil else { throw failure ?? SMTPError(code: nil, message: "not connected") }
        // Plaintext sent after the STARTTLS reply would otherwise be taken as if it came over TLS (CVE-2011-0411).
        guard buffer.readableBytes == 0, partial.isEmpty, ready.isEmpty else {
            throw SMTPError(
                code: nil, message: "server sent data after its STARTTLS reply; refusing to continue", transient: false)
        }
        try context.pipeline.syncOperations.addHandler(
            NIOSSLClientHandler(context: sslContext, serverHostname: serverName), position: .first)
    }
}
