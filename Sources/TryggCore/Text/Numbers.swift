import Foundation

/// Numbers and weeks as Swedish readers expect them: a decimal comma, a real minus sign (U+2212), weeks as
/// "vecka 48 (23–29 nov)". English gets a decimal point and "week 48 (23–29 Nov)". Machine formats (URLs,
/// CSV, the API) keep ISO codes and plain ASCII numbers.
public struct Numbers: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    static let minus = "\u{2212}"

    /// A number with a fixed count of decimals: `−1,5` in Swedish.
    public func decimal(_ value: Double, decimals: Int = 1) -> String {
        let text = String(format: "%.\(decimals)f", abs(value))
        let rounded = Double(text) ?? 0
        let localised = language == .sv ? text.replacingOccurrences(of: ".", with: ",") : text
        return (value < 0 && rounded != 0 ? Self.minus : "") + localised
    }

    /// A change with its sign always shown: `+3`, `−2`, `0`.
    public func signed(_ value: Int) -> String {
        value > 0 ? "+\(value)" : value < 0 ? Self.minus + "\(value.magnitude)" : "0"
    }

    /// A change with its sign always shown and decimals: `+1,5`, `−0,3`, `0,0`.
    public func signed(_ value: Double, decimals: Int = 1) -> String {
        let text = decimal(value, decimals: decimals)
        return value > 0 && text != decimal(0, decimals: decimals) ? "+" + text : text
    }

    /// A percentage: `−12 %` in Swedish (with a non-breaking space), `−12%` in English.
    public func percent(_ fraction: Double, decimals: Int = 0, signed showSign: Bool = false) -> String {
        let number = showSign ? signed(fraction * 100, decimals: decimals) : decimal(fraction * 100, decimals: decimals)
        return number + (language == .sv ? "\u{00A0}%" : "%")
    }

    /// Thousands grouped: `1 005 125` in Swedish (narrow no-break spaces), `1,005,125` in English.
    public func whole(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? Self.minus : "") + groups.joined(separator: language == .sv ? "\u{202F}" : ",")
    }

    /// "vecka 48 (23–29 nov)"; across months "vecka 49 (30 nov–6 dec)"; across years with the year.
    public func week(_ week: ISOWeek) -> String {
        let calendar = ISOWeek.calendar
        let first = calendar.dateComponents([.year, .month, .day], from: week.start)
        let last = calendar.dateComponents([.year, .month, .day], from: week.end.addingTimeInterval(-3600))
        let months =
            language == .sv
            ? ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
            : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func month(_ c: DateComponents) -> String { months[c.month! - 1] }
        let range: String
        if first.year != last.year {
            range = "\(first.day!) \(month(first)) \(first.year!)–\(last.day!) \(month(last)) \(last.year!)"
        } else if first.month != last.month {
            range = "\(first.day!) \(month(first))–\(last.day!) \(month(last))"
        } else {
            range = "\(first.day!)–\(last.day!) \(month(last))"
        }
        return (language == .sv ? "vecka" : "week") + " \(week.week) (\(range))"
    }

    /// A count with its noun in the right number: "1 rapport", "3 rapporter".
    public func count(_ value: Int, one: String, other: String) -> String {
        "\(whole(value)) \(value == 1 ? one : other)"
    }
}
