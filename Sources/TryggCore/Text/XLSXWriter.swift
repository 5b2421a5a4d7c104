import Foundation

/// A spreadsheet as Excel and LibreOffice open it (.xlsx, Office Open XML): one sheet, a bold header row,
/// text and numbers, written without any library.
public struct XLSXWriter: Sendable {
    /// One cell's value.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        case empty
    }

    /// The sheet name after Excel's rules were applied (it refuses the file otherwise).
    public let sheetName: String

    public init(sheetName: String) {
        let forbidden: Set<Character> = ["\\", "/", "?", "*", "[", "]", ":"]
        var name = String(sheetName.filter { !forbidden.contains($0) }.prefix(31))
        // Excel also rejects names that begin or end with an apostrophe, or are blank.
        while name.hasPrefix("'") { name.removeFirst() }
        while name.hasSuffix("'") { name.removeLast() }
        self.sheetName = name.trimmingCharacters(in: .whitespaces).isEmpty ? "Sheet1" : name
    }

    /// The workbook's bytes: header row (bold, frozen) and rows.
    public func data(header: [String], rows: [[Cell]]) -> Data {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Self.contentTypes)
        zip.add("_rels/.rels", Self.rootRels)
        zip.add("xl/workbook.xml", workbookXML())
        zip.add("xl/_rels/workbook.xml.rels", Self.workbookRels)
        zip.add("xl/styles.xml", Self.styles)
        zip.add("xl/worksheets/sheet1.xml", sheetXML(header: header, rows: rows))
        return zip.finish()
    }

    private func workbookXML() -> String {
        var xml = Self.xmlDecl
        xml += #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
        xml += #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        xml += #"<bookViews><workbookView/></bookViews><sheets><sheet name=""#
        Self.appendEscaped(sheetName, to: &xml)
        xml += #"" sheetId="1" r:id="rId1"/></sheets></workbook>"#
        return xml
    }

    private func sheetXML(header: [String], rows: [[Cell]]) -> String {
        let columnCount = rows.reduce(header.count) { max($0, $1.count) }
        let letters = (0..<columnCount).map(Self.columnLetters)
        var xml = Self.xmlDecl
        xml.reserveCapacity(64 * columnCount * (rows.count + 1) + 1024)
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        xml += #"<sheetViews><sheetView workbookViewId="0">"#
        if !header.isEmpty {
            xml += #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            xml += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>"#
        }
        xml += "</sheetView></sheetViews>"
        xml += #"<sheetFormatPr defaultRowHeight="15"/>"#
        if columnCount > 0 {  // an empty <cols/> violates the schema and Excel calls the file corrupt
            xml += "<cols>"
            for (index, width) in columnWidths(header: header, rows: rows, count: columnCount).enumerated() {
                xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        var rowNumber = 0
        func appendRow(_ cells: some Sequence<Cell>, style: String) {
            rowNumber += 1
            let r = String(rowNumber)
            xml += #"<row r="\#(r)">"#
            for (column, cell) in cells.enumerated() {
                switch cell {
                case .empty:
                    continue
                case .number(let value):
                    guard let text = Self.numberText(value) else { continue }
                    xml += #"<c r="\#(letters[column])\#(r)"\#(style)><v>\#(text)</v></c>"#
                case .text(let value):
                    if value.isEmpty { continue }
                    // Inline strings are never evaluated, so "=1+1" or "@SUM(...)" stays literal text:
                    // no formula injection is possible and no quoting prefix is needed.
                    xml += #"<c r="\#(letters[column])\#(r)"\#(style) t="inlineStr"><is><t xml:space="preserve">"#
                    Self.appendEscaped(value, to: &xml)
                    xml += "</t></is></c>"
                }
            }
            xml += "</row>"
        }
        if !header.isEmpty { appendRow(header.lazy.map(Cell.text), style: #" s="1""#) }
        for row in rows { appendRow(row, style: "") }
        xml += "</sheetData></worksheet>"
        return xml
    }

    /// Widths fit the longest early value, so the sheet opens readable without scanning every row.
    private func columnWidths(header: [String], rows: [[Cell]], count: Int) -> [Int] {
        var widths = header.map { $0.count + 3 } + Array(repeating: 8, count: count - header.count)
        for row in rows.prefix(200) {
            for (column, cell) in row.enumerated() {
                let length: Int
                switch cell {
                case .text(let s): length = s.count
                case .number(let v): length = Self.numberText(v)?.count ?? 0
                case .empty: length = 0
                }
                widths[column] = max(widths[column], length + 2)
            }
        }
        return widths.map { min(max($0, 8), 60) }
    }

    /// Column index (0-based) to Excel letters: bijective base 26, so 26 is "AA", not "BA".
    static func columnLetters(_ index: Int) -> String {
        var n = index + 1
        var scalars: [Unicode.Scalar] = []
        while n > 0 {
            n -= 1
            scalars.append(Unicode.Scalar(UInt8(65 + n % 26)))
            n /= 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// Swift's description is locale-independent ('.' separator); whole numbers drop ".0" for smaller files.
    static func numberText(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    static func appendEscaped(_ text: String, to xml: inout String) {
        // Fast path: most cells need no escaping, and per-scalar appends are the slow part.
        if !text.utf8.contains(where: {
            $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF
        }) {
            xml += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": xml += "&amp;"
            case "<": xml += "&lt;"
            case ">": xml += "&gt;"
            case "\"": xml += "&quot;"
            case "'": xml += "&apos;"
            case "\r": xml += "&#13;"  // a literal CR would be normalised to LF by every XML parser
            case "\t", "\n": xml.unicodeScalars.append(scalar)
            // XML 1.0 forbids other C0 controls and U+FFFE/U+FFFF; readers reject the whole file over one.
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: xml.unicodeScalars.append(scalar)
            }
        }
    }

    private static let xmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let contentTypes =
        xmlDecl + #"""
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\#
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\#
            <Default Extension="xml" ContentType="application/xml"/>\#
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\#
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\#
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\#
            </Types>
            """#
    private static let rootRels =
        xmlDecl + #"""
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\#
            </Relationships>
            """#
    private static let workbookRels =
        xmlDecl + #"""
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\#
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\#
            </Relationships>
            """#
    // Excel requires the two built-in fills (none, gray125) even when unused; xf 1 is the bold header.
    private static let styles =
        xmlDecl + #"""
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\#
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\#
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\#
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\#
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\#
            <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\#
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\#
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\#
            </styleSheet>
            """#
}

/// A ZIP archive of STORED entries; deflate is unnecessary because every reader accepts method 0.
/// No ZIP64, so each part and the whole archive must stay under 4 GiB.
private struct ZipWriter {
    private var archive = Data()
    private var central = Data()
    private var count: UInt16 = 0
    // Fixed 1980-01-01 00:00 so identical input gives byte-identical files.
    private let dosTime: UInt16 = 0, dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

    mutating func add(_ name: String, _ text: String) {
        let body = Data(text.utf8), nameBytes = Data(name.utf8)
        let crc = Self.crc32(body), offset = UInt32(archive.count)
        archive.append(le32: 0x0403_4b50)
        archive.append(le16: 20); archive.append(le16: 0); archive.append(le16: 0)
        archive.append(le16: dosTime); archive.append(le16: dosDate)
        archive.append(le32: crc); archive.append(le32: UInt32(body.count)); archive.append(le32: UInt32(body.count))
        archive.append(le16: UInt16(nameBytes.count)); archive.append(le16: 0)
        archive.append(nameBytes); archive.append(body)

        central.append(le32: 0x0201_4b50)
        central.append(le16: 20); central.append(le16: 20); central.append(le16: 0); central.append(le16: 0)
        central.append(le16: dosTime); central.append(le16: dosDate)
        central.append(le32: crc); central.append(le32: UInt32(body.count)); central.append(le32: UInt32(body.count))
        central.append(le16: UInt16(nameBytes.count)); central.append(le16: 0); central.append(le16: 0)
        central.append(le16: 0); central.append(le16: 0); central.append(le32: 0); central.append(le32: offset)
        central.append(nameBytes)
        count += 1
    }

    mutating func finish() -> Data {
        let centralOffset = UInt32(archive.count)
        archive.append(central)
        archive.append(le32: 0x0605_4b50)
        archive.append(le16: 0); archive.append(le16: 0); archive.append(le16: count); archive.append(le16: count)
        archive.append(le32: UInt32(central.count)); archive.append(le32: centralOffset); archive.append(le16: 0)
        return archive
    }

    private static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        data.withUnsafeBytes { bytes in
            for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        }
        return crc ^ 0xFFFF_FFFF
    }
}

extension Data {
    fileprivate mutating func append(le16 value: UInt16) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
    fileprivate mutating func append(le32 value: UInt32) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
