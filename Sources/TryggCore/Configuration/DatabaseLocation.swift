import Foundation

/// Where Trygg keeps its data, read from `TRYGG_DATABASE_URL`: an SQLite file (the default) or PostgreSQL.
public enum DatabaseLocation: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(PostgresLocation)

    /// The file used when nothing is configured.
    public static let defaultLocation = DatabaseLocation.sqlite(path: "./trygg.sqlite")

    /// The engine's name as `/health` and the logs report it.
    public var engineName: String {
        switch self {
        case .sqlite: "sqlite"
        case .postgres: "postgres"
        }
    }

    /// Parses `sqlite:///absolute/path.sqlite`, `sqlite://relative.sqlite` or `postgres://user:pass@host:5432/db`.
    public static func parse(_ text: String) throws(ConfigurationError) -> DatabaseLocation {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("sqlite://") {
            let path = String(trimmed.dropFirst("sqlite://".count))
            guard !path.isEmpty else {
                throw .invalid(
                    "TRYGG_DATABASE_URL", "sqlite URL has no file path (write sqlite:///path/to/trygg.sqlite)")
            }
            return .sqlite(path: path)
        }
        if trimmed.hasPrefix("postgres://") || trimmed.hasPrefix("postgresql://") {
            return .postgres(try PostgresLocation.parse(trimmed))
        }
        throw .invalid(
            "TRYGG_DATABASE_URL",
            "'\(redacted(trimmed))' is neither sqlite:///path/to/file.sqlite nor postgres://user:pass@host:5432/db"
        )
    }

    /// Reads the location from the environment, falling back to `./trygg.sqlite`.
    public static func fromEnvironment(_ environment: [String: String]) throws(ConfigurationError) -> DatabaseLocation {
        guard let value = environment["TRYGG_DATABASE_URL"], !value.isEmpty else { return defaultLocation }
        return try parse(value)
    }

    /// Hides a password so that an error message never prints it.
    static func redacted(_ url: String) -> String {
        guard let at = url.lastIndex(of: "@"), let scheme = url.range(of: "://"),
            let colon = url[scheme.upperBound..<at].firstIndex(of: ":")
        else { return url }
        return String(url[..<url.index(after: colon)]) + "***" + String(url[at...])
    }
}

/// The parts of a PostgreSQL connection URL.
public struct PostgresLocation: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var username: String
    public var password: String
    public var database: String
    /// Whether to require TLS (`?sslmode=require`); loopback and private networks usually run without it.
    public var requireTLS: Bool

    public init(host: String, port: Int, username: String, password: String, database: String, requireTLS: Bool = false)
    {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.requireTLS = requireTLS
    }

    static func parse(_ text: String) throws(ConfigurationError) -> PostgresLocation {
        guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty else {
            throw .invalid("TRYGG_DATABASE_URL", "'\(DatabaseLocation.redacted(text))' is not a valid postgres:// URL")
        }
        guard let user = components.user, !user.isEmpty else {
            throw .invalid("TRYGG_DATABASE_URL", "the postgres URL names no user (postgres://user:pass@host:5432/db)")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else {
            throw .invalid(
                "TRYGG_DATABASE_URL", "the postgres URL names no database (postgres://user:pass@host:5432/db)")
        }
        let sslmode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value
        return PostgresLocation(
            host: host, port: components.port ?? 5432, username: user,
            password: components.password?.removingPercentEncoding ?? "", database: database,
            requireTLS: sslmode == "require" || sslmode == "verify-full"
        )
    }
}

/// A configuration value that cannot be used, with the setting's name and what is wrong.
public enum ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalid(String, String)

    public var description: String {
        switch self {
        case .invalid(let setting, let message): "\(setting): \(message)"
        }
    }
}
