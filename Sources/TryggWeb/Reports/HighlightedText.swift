import TryggCore

/// Splits a text into pieces, marking the personal-data findings, for a template to show with `<mark>`.
enum HighlightedText {
    static func pieces(_ text: String, _ findings: [PersonalDataFinding], texts: Texts) -> [[String: Any]] {
        let characters = Array(text)
        var pieces: [[String: Any]] = []
        var position = 0
        for finding in findings.sorted(by: { $0.start < $1.start }) where finding.start >= position && finding.end <= characters.count {
            if finding.start > position { pieces.append(["text": String(characters[position..<finding.start])]) }
            pieces.append(["text": String(characters[finding.start..<finding.end]), "marked": true,
                           "kind": texts["finding_\(finding.kind.rawValue)"], "blocks": finding.blocks])
            position = finding.end
        }
        if position < characters.count { pieces.append(["text": String(characters[position...])]) }
        return pieces
    }
}
