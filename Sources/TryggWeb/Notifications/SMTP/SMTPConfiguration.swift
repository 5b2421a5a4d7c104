import Foundation

/// Where and how to submit mail, usually parsed from a `smtp://` or `smtps://` URL (`TRYGG_SMTP_URL`).
public struct SMTPConfiguration: Sendable, Equatable {
    /// How the connection is protected; `.none` is only for local test sinks.
    public enum Security: String, Sendable { case startTLS, implicitTLS, none }
    public var host: String; public var port: Int; public var security: Security
    public var username: String?; public var password: String?
    /// The From address; `senderName` is its optional display name.
    public var sender: String; public var senderName: String?

    /// Parses `smtp://user:pass@host:587?from=a@b.se&name=…` (STARTTLS) or `smtps://…` (implicit TLS);
    /// `starttls=off` exists only for local test sinks.
    public static func parse(_ url: String) throws -> SMTPConfiguration {
        func bad(_ why: String) -> SMTPError {
            SMTPError(code: nil, message: "invalid SMTP URL: \(why)", transient: false)
        }
        func decode(_ s: Substring, _ what: String) throws -> String {
            if let d = s.removingPercentEncoding { return d }; throw bad("bad percent-encoding in \(what)")
        }
        guard let sep = url.range(of: "://") else { throw bad("expected smtp://… or smtps://…") }
        var config = SMTPConfiguration(host: "", port: 587, security: .startTLS, sender: "")
        switch url[..<sep.lowerBound].lowercased() {
        case "smtp": break
        case "smtps": (config.port, config.security) = (465, .implicitTLS)
        case let other: throw bad("unknown scheme '\(other)' (expected smtp or smtps)")
        }
        var rest = url[sep.upperBound...], query: Substring = ""
        if let q = rest.firstIndex(of: "?") { (rest, query) = (rest[..<q], rest[rest.index(after: q)...]) }
        // lastIndex: an unencoded '@' in a password must not be taken for the host separator.
        if let at = rest.lastIndex(of: "@") {
            let info = rest[..<at].split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            rest = rest[rest.index(after: at)...]
            config.username = try decode(info[0], "user name")
            guard config.username?.isEmpty == false else { throw bad("empty user name before '@'") }
            guard info.count == 2 else { throw bad("user name given without a password") }
            config.password = try decode(info[1], "password")
        }
        if rest.hasSuffix("/") { rest.removeLast() }
        guard !rest.contains("/") else { throw bad("unexpected path after the host") }
        if let colon = rest.lastIndex(of: ":"), !rest[colon...].contains("]") {
            let portText = rest[rest.index(after: colon)...]
            guard let port = Int(portText), (1...65535).contains(port) else { throw bad("bad port '\(portText)'") }
            (config.port, rest) = (port, rest[..<colon])
        }
        if rest.hasPrefix("["), rest.hasSuffix("]") {
            rest = rest.dropFirst().dropLast()
        } else if rest.contains(where: { ":[]".contains($0) }) {
            throw bad("malformed host '\(rest)' (IPv6 addresses go in [brackets])")
        }
        guard !rest.isEmpty else { throw bad("missing host") }
        config.host = String(rest)
        for item in query.split(separator: "&") {
            let kv = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = try decode(kv.count == 2 ? kv[1] : "", "query item '\(kv[0])'")
            switch kv[0] {
            case "from": config.sender = value
            case "name": config.senderName = value.isEmpty ? nil : value
            case "starttls":
                guard value == "off" || value == "on" else {
                    throw bad("starttls must be 'on' or 'off', not '\(value)'")
                }
                guard config.security != .implicitTLS else { throw bad("starttls is meaningless with smtps://") }
                config.security = value == "off" ? .none : .startTLS
            default: throw bad("unknown query item '\(kv[0])' (known: from, name, starttls)")
            }
        }
        guard !config.sender.isEmpty else { throw bad("missing sender: add ?from=address") }
        try checkAddress(config.sender, "from address")
        try checkNoLineBreak(config.senderName ?? "", "sender name")
        return config
    }
}

extension SMTPConfiguration: CustomStringConvertible {
    // Configurations end up in logs; the password must not.
    public var description: String {
        let h = host.contains(":") ? "[\(host)]" : host, user = username.map { "\($0):***@" } ?? ""
        return "\(security == .implicitTLS ? "smtps" : "smtp")://\(user)\(h):\(port) from \(sender) (\(security))"
    }
}
