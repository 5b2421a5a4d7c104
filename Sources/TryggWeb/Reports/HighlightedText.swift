import TryggCore

/// Splits a text into pieces, marking the personal-data findings, for a template to show with `<mark>`.
enum HighlightedText {
    /// One run of the text: plain, or a finding with what kind it is.
    struct Piece: Sendable {
        var text: String
        var marked = false
        var kind: String?
        var blocks = false
    }

    static func pieces(_ text: String, _ findings: [PersonalDataFinding], texts: Texts) -> [Piece] {
        let characters = Array(text)
        var pieces: [Piece] = []
        var position = 0
        for finding in findings.sorted(by: { $0.start < $1.start })
        where finding.start >= position && finding.end <= characters.count {
            if finding.start > position { pieces.append(Piece(text: String(characters[position..<finding.start]))) }
            pieces.append(
                Piece(
                    text: String(characters[finding.start..<finding.end]), marked: true,
                    kind: texts["finding_\(finding.kind.rawValue)"], blocks: finding.blocks))
            position = finding.end
        }
        if position < characters.count { pieces.append(Piece(text: String(characters[position...]))) }
        return pieces
    }
}
