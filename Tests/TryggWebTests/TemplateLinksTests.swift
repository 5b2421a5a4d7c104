import Foundation
import Testing

/// Templates show what their page model gives them: every link comes from `Route`, so none is written out.
@Suite("Templates write no paths")
struct TemplateLinksTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/TryggWeb/Templates")

    @Test func noTemplateHasALiteralPathInALinkAFormOrAScript() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.templates.path).filter {
            $0.hasSuffix(".mustache")
        }
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOf: Self.templates.appendingPathComponent(file), encoding: .utf8)
            let literal = text.matches(of: /(href|action|src|formaction)="\/[^"]*"/).map { String($0.output.0) }
            #expect(literal.isEmpty, "\(file): \(literal)")
        }
    }
}
