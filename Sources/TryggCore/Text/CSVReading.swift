/// Reading CSV text as spreadsheets and GIS tools write it: UTF-8 with or without a byte-order mark,
/// LF or CRLF, fields in double quotes.
enum CSVReading {
    /// The text's lines, a byte-order mark and each line's trailing CR dropped.
    static func lines(_ text: String) -> [String] {
        // Lines as byte ranges: Character-by-Character splitting and Foundation's trimming cost more than
        // all the rest for a file of 100,000 rows.
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var lines: [String] = []
        var lineStart = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 10 {
            var end = index
            if end > lineStart, bytes[end - 1] == 13 { end -= 1 }
            lines.append(String(decoding: bytes[lineStart..<end], as: UTF8.self))
            lineStart = index + 1
        }
        return lines
    }

    /// The separator a header row uses: a comma unless it only has semicolons (Swedish Excel).
    static func separator(_ header: String) -> Character { header.contains(",") || !header.contains(";") ? "," : ";" }

    /// Spaces and tabs cut from both ends.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { $0 != 32 && $0 != 9 }) else { return "" }
        let last = utf8.lastIndex(where: { $0 != 32 && $0 != 9 })!
        return first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) ? text : String(text[first...last])
    }

    /// Splits one line at `separator`, honouring double quotes.
    static func fields(_ line: String, _ separator: Character) -> [String] {
        if !line.utf8.contains(34) {
            return line.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        }
        var fields: [String] = [], current = "", quoted = false
        var characters = line.makeIterator()
        while let character = characters.next() {
            if character == "\"" {
                if quoted, let next = characters.next() {
                    if next == "\"" {
                        current.append("\"")
                    } else {
                        quoted = false
                        if next == separator { fields.append(current); current = "" } else { current.append(next) }
                    }
                } else {
                    quoted.toggle()
                }
            } else if character == separator && !quoted {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
