import Foundation
import TryggCore

/// A catalogue a coordinator administers the same way: list, create, edit, deactivate.
protocol AdminResource: Sendable {
    associatedtype Item: Identifiable<UUID>
    associatedtype Draft

    /// The catalogue key prefix of this resource's strings (`users`, `organisations`…).
    var name: String { get }
    var path: String { get }

    func items() async throws -> [Item]
    func find(_ id: UUID) async throws -> Item?
    func isActive(_ item: Item) -> Bool

    func emptyDraft() -> Draft
    func draft(from item: Item) -> Draft
    func draft(from form: FormData) -> Draft
    func fields(for draft: Draft, creating: Bool, texts: Texts) async throws -> [FormField]

    /// Stores a new item; returns its id.
    func create(_ draft: Draft) async throws -> UUID
    func update(_ id: UUID, with draft: Draft) async throws
    func setActive(_ id: UUID, _ active: Bool) async throws

    func columns(texts: Texts) -> [String]
    func cells(for item: Item, texts: Texts) -> [String]

    /// A further page of this catalogue (area import), linked beside "new".
    var extraLink: (href: String, labelKey: String)? { get }

    /// Further actions on one row, each a post (a user's password reset link).
    func rowActions(for item: Item) -> [(href: String, labelKey: String)]
}

extension AdminResource {
    var extraLink: (href: String, labelKey: String)? { nil }
    func rowActions(for item: Item) -> [(href: String, labelKey: String)] { [] }
}
