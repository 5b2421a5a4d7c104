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
                throw .invalid("TRYGG_LOG_LEVEL", "'\(level)' is not one of trace, debug, info, notice, warning, error, critical")
            }
            configuration.logLevel = parsed
        }
        return configuration
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
