import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// `POST /api/v1/auth/token`: a script trades a username and password for a personal access token.
struct AuthAPI {
    let storage: Storage
    let clientAddress: ClientAddress

    struct Credentials: Decodable {
        var username: String?
        var password: String?
        var name: String?
    }

    struct Issued: Encodable {
        var token: String
        var expiresAt: Date
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.post, APIRoute.token) { request, context in try await issue(request, context) }
    }

    func issue(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        var request = request
        let credentials = try await request.json(Credentials.self)
        var missing: [FieldError] = []
        if (credentials.username ?? "").isEmpty { missing.append(.init("username", .required)) }
        if (credentials.password ?? "").isEmpty { missing.append(.init("password", .required)) }
        guard missing.isEmpty, let username = credentials.username?.lowercased(), let password = credentials.password
        else {
            throw AppError.invalid(missing)
        }
        let user: User
        switch try await storage.signInGate
            .attempt(username: username, password: password, address: clientAddress.of(request, context: context))
        {
        case .throttled(let wait): throw AppError.throttled(retryAfterSeconds: Int(wait.rounded(.up)))
        case .refused: throw AppError.unauthenticated
        case .signedIn(let signedIn): user = signedIn
        }
        let issued = try await storage.accessTokens.issue(to: user.id, name: credentials.name ?? "API")
        return try JSONResponse.make(Issued(token: issued.secret, expiresAt: issued.token.expiresAt), status: .created)
    }
}
