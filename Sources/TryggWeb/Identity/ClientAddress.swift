import Foundation
import Hummingbird

/// The address sign-in limits count against: the peer, or the first `X-Forwarded-For` hop behind a trusted proxy.
struct ClientAddress {
    let trustProxy: Bool

    func of(_ request: Request, context: AppRequestContext) -> String {
        if trustProxy, let forwarded = request.headers[.init("X-Forwarded-For")!]?.split(separator: ",").first {
            return forwarded.trimmingCharacters(in: .whitespaces)
        }
        return context.remoteAddress?.ipAddress ?? "unknown"
    }
}
