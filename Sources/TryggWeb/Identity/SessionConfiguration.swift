import HummingbirdAuth

/// How the session cookie is named and protected.
enum SessionConfiguration {
    static let cookieName = "trygg_session"
    static let keyPrefix = "session."
    /// A working day and then some; a session unused for this long ends.
    static let lifetime = Duration.seconds(12 * 3600)

    static func middleware(driver: DatabasePersistDriver, secure: Bool) -> SessionMiddleware<AppRequestContext> {
        SessionMiddleware(
            storage: driver,
            configuration: .init(
                sessionCookieParameters: .init(name: cookieName, path: "/", secure: secure, sameSite: .lax),
                keyPrefix: keyPrefix,
                defaultSessionExpiration: lifetime
            )
        )
    }
}
