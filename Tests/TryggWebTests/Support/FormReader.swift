import Foundation

/// Reads a form of a rendered page the way a browser submits it: text and hidden inputs with their values,
/// checkboxes and radio buttons only when ticked, the selected option of each select, textareas' text.
/// Lets a test "press save" on a form exactly as it was shown, which is how a ticked box can grant access.
enum FormReader {
    static func fields(in html: String, action: String) -> [(String, String)] {
        guard let start = html.range(of: #"action="\#(action)""#),
            let formStart = html[..<start.lowerBound].range(of: "<form", options: .backwards),
            let end = html[start.upperBound...].range(of: "</form>")
        else { return [] }
        let form = String(html[formStart.lowerBound..<end.lowerBound])
        var fields: [(String, String)] = []
        for tag in matches(#"<(input|textarea|select)\b[^>]*>"#, in: form) {
            guard let name = attribute("name", of: tag.text) else { continue }
            switch tag.kind {
            case "input":
                let type = attribute("type", of: tag.text) ?? "text"
                if ["checkbox", "radio"].contains(type) && !hasFlag("checked", in: tag.text) { continue }
                if ["submit", "button"].contains(type) { continue }
                fields.append((name, decode(attribute("value", of: tag.text) ?? (type == "checkbox" ? "on" : ""))))
            case "textarea":
                let rest = form[tag.end...]
                let body = rest.range(of: "</textarea>").map { String(rest[..<$0.lowerBound]) } ?? ""
                fields.append((name, decode(body)))
            default:
                let rest = form[tag.end...]
                let body = rest.range(of: "</select>").map { String(rest[..<$0.lowerBound]) } ?? ""
                let options = matches(#"<option\b[^>]*>"#, in: body).map(\.text)
                let chosen = options.first { hasFlag("selected", in: $0) } ?? options.first
                fields.append((name, decode(chosen.flatMap { attribute("value", of: $0) } ?? "")))
            }
        }
        return fields
    }

    private struct Tag {
        var kind: String
        var text: String
        var end: String.Index
    }

    private static func matches(_ pattern: String, in text: String) -> [Tag] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            let range = Range(match.range, in: text)!
            let kind =
                match.numberOfRanges > 1
                ? Range(match.range(at: 1), in: text).map { String(text[$0]).lowercased() } : nil
            return Tag(kind: kind ?? "", text: String(text[range]), end: range.upperBound)
        }
    }

    private static func attribute(_ name: String, of tag: String) -> String? {
        let regex = try! NSRegularExpression(pattern: #"\s\#(name)="([^"]*)""#)
        guard let match = regex.firstMatch(in: tag, range: NSRange(tag.startIndex..., in: tag)),
            let range = Range(match.range(at: 1), in: tag)
        else { return nil }
        return String(tag[range])
    }

    private static func hasFlag(_ flag: String, in tag: String) -> Bool {
        tag.range(of: #"\s\#(flag)(\s|>|=|/)"#, options: .regularExpression) != nil
    }

    private static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
