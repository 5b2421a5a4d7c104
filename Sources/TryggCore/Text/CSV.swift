import Foundation

/// Writing CSV that spreadsheets read safely.
public enum CSV {
    /// Quotes a field when it holds the separator, a quote or a line break; a leading =, +, - or @ is
    /// neutralised so a spreadsheet never runs it as a formula (CSV injection). Numbers pass unchanged.
    public static func field(_ text: String, separator: Character = ",") -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == separator || "\"\n\r".contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number as short as it can be without losing what matters: whole numbers without decimals,
    /// others with up to `decimals` decimals.
    public static func number(_ value: Double, decimals: Int = 6) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.\(decimals)f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// A p-value: six significant digits, so that tiny values keep their size.
    public static func probability(_ value: Double) -> String {
        value == 0 || value == 1 ? String(Int(value)) : String(format: "%.6g", value)
    }

    public static func document(_ header: [String], _ rows: [[String]]) -> String {
        ([header] + rows).map { $0.map { field($0) }.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}
