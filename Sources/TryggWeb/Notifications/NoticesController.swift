import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// Each user's notices in Trygg, and their choice of which kinds also come by e-mail (and to which address).
struct NoticesController {
    let renderer: PageRenderer
    /// Whether e-mail can be sent at all (`TRYGG_SMTP_URL`); without it every notice is in Trygg only.
    let mailConfigured: Bool

    struct Item: Sendable {
        var title: String
        var body: String
        var href: String
        var when: String
        var unread: Bool
        var mail: String?
    }

    struct Page: Sendable {
        var items: [Item]
        var action: String
        var email: String
        var emailError: String?
        var choices: [FormField.Option]
        var mailConfigured: Bool
        var notice: String?
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, Route.notices) { request, context, signedIn in
            let store = signedIn.stores.notices
            let response = try await page(
                request, context, email: signedIn.user.email ?? "",
                kinds: try await store.preferences(of: signedIn.user.id), errors: [])
            // Shown once, a notice is no longer new.
            try await store.markAllRead(for: signedIn.user.id)
            return response
        }
        router.on(.post, Route.notices) { request, context, signedIn in
            var request = request
            let form = try await request.form()
            let kinds = Set(form.all("kinds").compactMap(Notice.Kind.init(rawValue:))).filter {
                !$0.roles.isDisjoint(with: signedIn.user.roles)
            }
            do {
                try await signedIn.stores.notices
                    .setPreferences(of: signedIn.user.id, email: form["email"], kinds: kinds)
            } catch let failure as ValidationFailure {
                return try await page(
                    request, context, email: form["email"], kinds: kinds, errors: failure.errors,
                    status: .unprocessableContent)
            }
            return Response.redirect(to: Route.notices.path + "?saved=1")
        }
    }

    func page(
        _ request: Request, _ context: AppRequestContext, email: String, kinds: Set<Notice.Kind>, errors: [FieldError],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let signedIn = try context.requireUser()
        let texts = renderer.texts(context)
        var items: [Item] = []
        for notice in try await signedIn.stores.notices.notices(
            for: signedIn.user.id)
        {
            let words = try await NoticeText.make(
                notice, texts: texts, stores: signedIn.stores)
            items.append(
                Item(
                    title: words.title, body: words.body, href: words.path, when: LocalTime.minute(notice.createdAt),
                    unread: notice.readAt == nil,
                    mail: notice.mail == .none ? nil : texts["notice_mail_\(notice.mail.rawValue)"]))
        }
        let model = Page(
            items: items, action: Route.notices.path, email: email,
            emailError: errors.first { $0.field == "email" }.map { texts.problem($0.problem) },
            choices: Notice.Kind.allCases.filter { !$0.roles.isDisjoint(with: signedIn.user.roles) }.map {
                FormField.Option(
                    value: $0.rawValue, label: texts["notice_kind_\($0.rawValue)"], selected: kinds.contains($0))
            },
            mailConfigured: mailConfigured,
            notice: request.uri.queryParameters["saved"] != nil ? texts["admin_saved"] : nil
        )
        return renderer.page(
            "notices", title: texts["notices_title"], page: model, request: request, context: context, status: status)
    }
}
