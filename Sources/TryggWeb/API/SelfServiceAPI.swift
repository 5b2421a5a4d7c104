import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// What a user does for themselves, and the coordinator's logs and settings, through the API: personal
/// tokens, notices and their e-mail preferences, the access log and the municipality's name.
struct SelfServiceAPI {
    let catalogue: StringCatalogue

    struct TokenJSON: Encodable {
        var id: UUID
        var name: String
        var createdAt: Date
        var expiresAt: Date
        var lastUsedAt: Date?
        var revoked: Bool
        var usable: Bool

        init(_ token: AccessToken, now: Date) {
            id = token.id
            name = token.name
            createdAt = token.createdAt
            expiresAt = token.expiresAt
            lastUsedAt = token.lastUsedAt
            revoked = token.revokedAt != nil
            usable = token.isUsable(at: now)
        }
    }

    struct NewToken: Decodable {
        var name: String?
    }

    struct IssuedJSON: Encodable {
        var token: String
        var expiresAt: Date
    }

    struct NoticeJSON: Encodable {
        var kind: Notice.Kind
        var title: String
        var body: String
        var link: String
        var createdAt: Date
        var read: Bool
        var mail: Notice.Mail
    }

    struct Preferences: Codable {
        var email: String
        var kinds: [Notice.Kind]
    }

    struct Rename: Decodable {
        var name: String
    }

    struct MunicipalityJSON: Encodable {
        var name: String
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, APIRoute.tokens) { _, _, signedIn in
            let now = Date()
            return try JSONResponse.make(
                try await signedIn.stores.tokens.tokens(of: signedIn.user.id).map { TokenJSON($0, now: now) })
        }
        router.on(.post, APIRoute.tokens) { request, _, signedIn in
            var request = request
            let body = try await request.json(NewToken.self)
            let issued = try await signedIn.stores.tokens.issue(to: signedIn.user.id, name: body.name ?? "API")
            return try JSONResponse.make(
                IssuedJSON(token: issued.secret, expiresAt: issued.token.expiresAt), status: .created)
        }
        router.on(.post, APIRoute.revokeToken(.key)) { _, context, signedIn in
            let id = try context.id()
            guard try await signedIn.stores.tokens.tokens(of: signedIn.user.id).contains(where: { $0.id == id }) else {
                throw AppError.notFound
            }
            try await signedIn.stores.tokens.revoke(id, of: signedIn.user.id)
            let now = Date()
            guard
                let token = try await signedIn.stores.tokens.tokens(of: signedIn.user.id).first(where: { $0.id == id })
            else {
                throw AppError.notFound
            }
            return try JSONResponse.make(TokenJSON(token, now: now))
        }
        router.on(.get, APIRoute.notices) { _, context, signedIn in
            let texts = Texts(catalogue: catalogue, language: context.language)
            var items: [NoticeJSON] = []
            for notice in try await signedIn.stores.notices.notices(for: signedIn.user.id) {
                let words = try await NoticeText.make(notice, texts: texts, stores: signedIn.stores)
                items.append(
                    NoticeJSON(
                        kind: notice.kind, title: words.title, body: words.body, link: words.path,
                        createdAt: notice.createdAt,
                        read: notice.readAt != nil, mail: notice.mail))
            }
            return try JSONResponse.make(items)
        }
        router.on(.get, APIRoute.noticePreferences) { _, _, signedIn in
            let kinds = try await signedIn.stores.notices.preferences(of: signedIn.user.id)
            let email = try await signedIn.stores.users.find(signedIn.user.id)?.email ?? ""
            return try JSONResponse.make(Preferences(email: email, kinds: kinds.sorted { $0.rawValue < $1.rawValue }))
        }
        router.on(.put, APIRoute.noticePreferences) { request, _, signedIn in
            var request = request
            let body = try await request.json(Preferences.self)
            // Only the kinds that concern the user's roles can be chosen, as on the page.
            let kinds = Set(body.kinds).filter { !$0.roles.isDisjoint(with: signedIn.user.roles) }
            try await signedIn.stores.notices.setPreferences(of: signedIn.user.id, email: body.email, kinds: kinds)
            return try JSONResponse.make(
                Preferences(
                    email: body.email.trimmingCharacters(in: .whitespaces),
                    kinds: kinds.sorted { $0.rawValue < $1.rawValue }))
        }
        router.on(.get, APIRoute.grantLog) { _, _, signedIn in
            try JSONResponse.make(try await signedIn.stores.users.grantChanges())
        }
        router.on(.put, APIRoute.municipality) { request, _, signedIn in
            var request = request
            let body = try await request.json(Rename.self)
            try await signedIn.stores.municipalities.rename(signedIn.municipality.id, to: body.name)
            return try JSONResponse.make(MunicipalityJSON(name: body.name.trimmingCharacters(in: .whitespaces)))
        }
    }
}
