import Foundation
import Logging
import TryggCore

/// Everything Trygg reads from its environment, checked once at start-up.
public struct AppConfiguration: Sendable {
    public var hostname: String = "127.0.0.1"
    public var port: Int = 8080
    public var database: DatabaseLocation = DatabaseLocation.defaultLocation
    /// Name given to the municipality at first start (`TRYGG_MUNICIPALITY`).
    public var municipalityName: String?
    /// Mark cookies Secure; set when Trygg is served over HTTPS (`TRYGG_SECURE_COOKIES=true`).
    public var secureCookies: Bool = false
    /// Take the client address from `X-Forwarded-For` (only behind a trusted load balancer).
    public var trustProxy: Bool = false
    /// bcrypt cost; lower only in tests.
    public var bcryptCost: UInt8 = 12
    public var logLevel: Logger.Level = .info
    /// An optional map background from an XYZ tile server (`TRYGG_TILE_URL`, `TRYGG_TILE_ATTRIBUTION`).
    public var tiles: TileLayer?
    /// Where notices are mailed from (`TRYGG_SMTP_URL`); without it notices stay in Trygg.
    public var smtp: SMTPConfiguration?
    /// The address people reach Trygg at, for links in e-mails (`TRYGG_PUBLIC_URL`).
    public var publicURL: String?

    public init() {}

    /// Reads `TRYGG_*` variables; a malformed value is an error naming the variable.
    public static func fromEnvironment(_ environment: [String: String]) throws(ConfigurationError) -> AppConfiguration {
        var configuration = AppConfiguration()
        configuration.database = try DatabaseLocation.fromEnvironment(environment)
        configuration.municipalityName = environment["TRYGG_MUNICIPALITY"]
        configuration.secureCookies = try flag(environment, "TRYGG_SECURE_COOKIES") ?? false
        configuration.trustProxy = try flag(environment, "TRYGG_TRUST_PROXY") ?? false
        if let level = environment["TRYGG_LOG_LEVEL"], !level.isEmpty {
            guard let parsed = Logger.Level(rawValue: level.lowercased()) else {
                throw .invalid(
                    "TRYGG_LOG_LEVEL", "'\(level)' is not one of trace, debug, info, notice, warning, error, critical")
            }
            configuration.logLevel = parsed
        }
        configuration.tiles = try tiles(environment)
        try mail(environment, into: &configuration)
        return configuration
    }

    static func mail(
        _ environment: [String: String], into configuration: inout AppConfiguration
    ) throws(ConfigurationError) {
        guard let url = environment["TRYGG_SMTP_URL"], !url.isEmpty else { return }
        do {
            configuration.smtp = try SMTPConfiguration.parse(url)
        } catch {
            throw .invalid("TRYGG_SMTP_URL", "\(error)")
        }
        // Links in a mail must reach Trygg from the reader's desk, not the server's own name for itself.
        guard let base = environment["TRYGG_PUBLIC_URL"], base.hasPrefix("https://") || base.hasPrefix("http://") else {
            throw .invalid(
                "TRYGG_PUBLIC_URL", "e-mail needs the address people open Trygg at, such as https://trygg.kommun.se")
        }
        configuration.publicURL = base.hasSuffix("/") ? String(base.dropLast()) : base
    }

    static func tiles(_ environment: [String: String]) throws(ConfigurationError) -> TileLayer? {
        guard let template = environment["TRYGG_TILE_URL"], !template.isEmpty else { return nil }
        guard template.hasPrefix("https://") || template.hasPrefix("http://"),
            ["{z}", "{x}", "{y}"].allSatisfy(template.contains)
        else {
            throw .invalid("TRYGG_TILE_URL", "'\(template)' must be an http(s) URL with {z}, {x} and {y}")
        }
        guard let attribution = environment["TRYGG_TILE_ATTRIBUTION"], !attribution.isEmpty else {
            throw .invalid("TRYGG_TILE_ATTRIBUTION", "a tile background needs the attribution its licence asks for")
        }
        return TileLayer(template: template, attribution: attribution)
    }

    /// The scheme and host of the tile server, which the Content-Security-Policy must allow images from.
    var tileOrigin: String? {
        guard let template = tiles?.template,
            let url = URL(
                string: template.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")),
            let scheme = url.scheme, let host = url.host
        else { return nil }
        return "\(scheme)://\(host)\(url.port.map { ":\($0)" } ?? "")"
    }

    static func flag(_ environment: [String: String], _ name: String) throws(ConfigurationError) -> Bool? {
        guard let value = environment[name]?.lowercased(), !value.isEmpty else { return nil }
        switch value {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw .invalid(name, "'\(value)' is not true or false")
        }
    }
}
