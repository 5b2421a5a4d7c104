import Foundation
import Hummingbird
import HummingbirdAuth
import NIOCore
import TryggCore
import TryggStore

/// Per-request state: the signed-in person, their session and the language pages are written in.
public struct AppRequestContext: AuthRequestContext, SessionRequestContext, RemoteAddressRequestContext, RequestContext
{
    public var coreContext: CoreRequestContextStorage
    public var identity: SignedInUser?
    public let sessions: SessionContext<WebSession>
    public var language: Language = .sv
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.identity = nil
        self.sessions = .init()
        self.remoteAddress = source.channel.remoteAddress
    }
}

/// A signed-in person and the municipality they work in.
public struct SignedInUser: Sendable {
    public var user: User
    public var municipality: Municipality
    /// How they proved who they are; the API accepts tokens, the pages sessions.
    public var via: Method
    /// Their municipality's stores, opened once for the request.
    public var stores: MunicipalityStores

    public enum Method: Sendable { case session, token }
}

/// The session kept in the database for each browser.
public struct WebSession: Codable, Sendable {
    public var userID: UUID?
    /// Checked against the `_csrf` field of every form post.
    public var csrfToken: String
    /// When this session signed in: a session older than the user's last password change has ended.
    public var signedInAt: Date?

    public init(userID: UUID? = nil, csrfToken: String = WebSession.newToken(), signedInAt: Date? = nil) {
        self.userID = userID
        self.csrfToken = csrfToken
        self.signedInAt = signedInAt
    }

    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return Base64URL.encode((0..<24).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }
}
