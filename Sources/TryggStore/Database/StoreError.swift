/// Failures of the storage layer that callers show to people.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreachable(String, String)
    case unwritable(String)
    case notFound(String)
    /// Someone else changed the record first; the caller should reload and try again.
    case conflict(String)
    /// A stored value the code does not know: never read as a default, because that would hide the damage.
    case corrupt(String)

    public var description: String {
        switch self {
        case .unreachable(let engine, let detail): "the \(engine) database does not answer: \(detail)"
        case .unwritable(let path): "cannot write the database file \(path): check the folder exists and is writable"
        case .notFound(let what): "\(what) was not found"
        case .conflict(let what): "\(what) was changed by someone else"
        case .corrupt(let what): "the database holds an unknown value: \(what)"
        }
    }
}
