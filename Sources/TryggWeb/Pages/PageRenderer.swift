import Foundation
import Hummingbird
import Mustache
import TryggCore

/// Renders Mustache templates inside the shared layout; templates only display what they are given.
public struct PageRenderer: Sendable {
    let library: MustacheLibrary
    public let catalogue: StringCatalogue

    public init(catalogue: StringCatalogue) async throws {
        guard let directory = Bundle.module.resourceURL?.appendingPathComponent("Templates").path else {
            throw CocoaError(.fileNoSuchFile)
        }
        self.library = try await MustacheLibrary(directory: directory)
        self.catalogue = catalogue
    }

    public func texts(_ context: AppRequestContext) -> Texts {
        Texts(catalogue: catalogue, language: context.language)
    }

    /// A full HTML page: `content` is the page's own view model, merged with what the layout needs.
    public func page(
        _ template: String, title: String, content: [String: Any], request: Request, context: AppRequestContext,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        var model = content
        let texts = texts(context)
        model["t"] = catalogue.table(context.language)
        model["lang"] = context.language.rawValue
        model["title"] = title
        model["csrf"] = csrfToken(context)
        model["path"] = request.uri.path
        let other: Language = context.language == .sv ? .en : .sv
        model["otherLanguage"] = other.rawValue
        model["otherLanguageName"] = other == .en ? "English" : "Svenska"
        model["site"] = SiteLinks(language: Route.language(.value(other.rawValue)).with(query: [("back", request.uri.path)]))
        if let signedIn = context.identity {
            model["user"] = SiteLinks.Person(
                name: signedIn.user.displayName, roles: signedIn.user.sortedRoles.map { texts.role($0) }.joined(separator: ", "))
            model["municipality"] = signedIn.municipality.name
            model["nav"] = Navigation.items(for: signedIn.user, texts: texts, currentPath: request.uri.path)
        }
        let html = library.render(Self.withoutNils(model), withTemplate: template) ?? "template \(template) is missing"
        return Response.html(html, status: status)
    }

    /// Mustache would print an optional's `nil` as text; absent values must be missing keys instead.
    static func withoutNils(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]:
            return dictionary.compactMapValues { isNil($0) ? nil : withoutNils($0) }
        case let array as [[String: Any]]:
            return array.map { withoutNils($0) }
        default:
            return value
        }
    }

    private static func isNil(_ value: Any) -> Bool {
        if case Optional<Any>.none = value { return true }
        let mirror = Mirror(reflecting: value)
        return mirror.displayStyle == .optional && mirror.children.isEmpty
    }

    /// The session's CSRF token, starting an anonymous session when there is none yet.
    public func csrfToken(_ context: AppRequestContext) -> String {
        if let token = context.sessions.session?.csrfToken { return token }
        let session = WebSession()
        context.sessions.createSession(session)
        return session.csrfToken
    }
}

extension Response {
    static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: html))
        )
    }

    /// See Other after a form post, so reloading the next page does not post again.
    static func redirect(to path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }
}

extension String {
    /// nil for an empty string: Mustache treats "" as true in a section, so optional text goes in as nil.
    var nonEmpty: String? { isEmpty ? nil : self }
}
