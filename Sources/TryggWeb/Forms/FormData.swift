import Foundation

/// The fields of an `application/x-www-form-urlencoded` body; a field may repeat (check boxes).
public struct FormData: Sendable {
    private var values: [String: [String]] = [:]

    public init(_ body: String) {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first.map({ Self.decode($0) }), !name.isEmpty else { continue }
            values[name, default: []].append(parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    /// Fields given as values, as an API body names them.
    public init(fields: [String: [String]]) {
        values = fields
    }

    /// The first value of a field, or "" when absent.
    public subscript(_ name: String) -> String { values[name]?.first ?? "" }

    /// Every value of a repeated field.
    public func all(_ name: String) -> [String] { values[name] ?? [] }

    public func has(_ name: String) -> Bool { values[name] != nil }

    static func decode(_ part: Substring) -> String {
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
