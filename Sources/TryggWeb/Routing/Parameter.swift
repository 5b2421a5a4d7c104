/// A path parameter of a `Route`: `.key` where the route is registered (`:id`), `.value` where a link is built,
/// so one definition gives both and a link cannot drift from its route.
enum Parameter<Value: Hashable & Sendable>: Hashable, Sendable {
    case key
    case value(Value)

    /// The segment in a path: `:name` for the key, the value's text for a link.
    func segment(_ name: String, _ text: (Value) -> String) -> String {
        switch self {
        case .key: ":" + name
        case .value(let value): text(value)
        }
    }
}
