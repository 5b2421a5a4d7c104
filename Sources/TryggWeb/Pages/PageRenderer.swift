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

    /// A full HTML page: the template's own model inside the layout's (`Layout`), which templates read as
    /// `{{#page}}…{{/page}}` around their content and the layout's values (`{{t.…}}`, `{{csrf}}`) anywhere.
    public func page<Page: Sendable>(
        _ template: String, title: String, page: Page, request: Request, context: AppRequestContext,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let texts = texts(context)
        let other: Language = context.language == .sv ? .en : .sv
        let layout = Layout(
            t: catalogue.table(context.language), lang: context.language.rawValue, title: title,
            csrf: csrfToken(context),
            otherLanguage: other.rawValue, otherLanguageName: other == .en ? "English" : "Svenska",
            site: SiteLinks(language: Route.language(.value(other.rawValue)).with(query: [("back", request.uri.path)])),
            user: context.identity.map { signedIn in
                SiteLinks.Person(
                    name: signedIn.user.displayName,
                    roles: signedIn.user.sortedRoles.map { texts.role($0) }.joined(separator: ", "))
            },
            municipality: context.identity?.municipality.name,
            nav: context.identity.map { Navigation.items(for: $0.user, texts: texts, currentPath: request.uri.path) }
                ?? [],
            page: page
        )
        let html = library.render(layout, withTemplate: template) ?? "template \(template) is missing"
        return Response.html(html, status: status)
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
