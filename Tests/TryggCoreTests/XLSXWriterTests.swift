import Foundation
import Testing

@testable import TryggCore

@Suite("Spreadsheets written without a library")
struct XLSXWriterTests {
    func sheet(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    @Test func aWorkbookIsAZipOfTheSixPartsWithEscapedTextAndNumbers() {
        let data = XLSXWriter(sheetName: "Rapporter").data(
            header: ["Vecka", "Beskrivning"], rows: [[.number(47), .text("<b> & \"åäö\"")], [.empty, .text("=1+1")]])
        #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let text = sheet(data)
        for part in [
            "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
            "xl/worksheets/sheet1.xml",
        ] {
            #expect(text.contains(part))
        }
        #expect(text.contains("&lt;b&gt; &amp; &quot;åäö&quot;"))
        // Inline strings are never formulas: "=1+1" stays text.
        #expect(text.contains(#"t="inlineStr"><is><t xml:space="preserve">=1+1</t>"#))
        #expect(text.contains(#"<v>47</v>"#))
        #expect(text.contains(#"state="frozen""#))
    }

    @Test func theSheetNameKeepsToExcelsRules() {
        #expect(
            XLSXWriter(sheetName: "Rapporter v/12 [test]: med ett mycket långt namn").sheetName
                == "Rapporter v12 test med ett myck")
        #expect(XLSXWriter(sheetName: "???").sheetName == "Sheet1")
    }

    @Test func theSameRowsGiveTheSameBytes() {
        let writer = XLSXWriter(sheetName: "A")
        #expect(
            writer.data(header: ["x"], rows: [[.number(1.5)]]) == writer.data(header: ["x"], rows: [[.number(1.5)]]))
    }
}
