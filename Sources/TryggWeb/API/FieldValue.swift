import Foundation
import TryggCore

/// One field's value: text (also a select's choice), a checkbox's state, or a set of ticked choices.
enum FieldValue: Codable, Sendable, Equatable {
    case text(String)
    case flag(Bool)
    case choices([String])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let number = try? container.decode(Double.self) {
            self = .text(CSV.number(number))
        } else {
            self = .choices(try container.decode([String].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .flag(let flag): try container.encode(flag)
        case .choices(let choices): try container.encode(choices)
        }
    }

    /// As the form would post it.
    var posted: [String] {
        switch self {
        case .text(let text): [text]
        case .flag(let flag): flag ? ["true"] : []
        case .choices(let choices): choices
        }
    }
}

extension FormData {
    /// An API body read as the form would have posted it, so pages and API share one parser and one set of rules.
    init(json values: [String: FieldValue]) {
        self.init(fields: values.mapValues(\.posted))
    }
}
