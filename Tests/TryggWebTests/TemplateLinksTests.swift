import Foundation
import Testing

@testable import TryggWeb

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

/// The web edge reads and writes through `Storage` and `MunicipalityStores`, never the database handle, and
/// builds its pages from typed models.
@Suite("The web edge's shape")
struct WebEdgeShapeTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/TryggWeb")

    static func swiftFiles() throws -> [(name: String, text: String)] {
        let paths = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
        return try paths.filter { $0.hasSuffix(".swift") }.map {
            ($0, try String(contentsOf: sources.appendingPathComponent($0), encoding: .utf8))
        }
    }

    @Test func noWebFileNamesTheRawDatabaseOrAnUntypedDictionary() throws {
        let files = try Self.swiftFiles()
        #expect(files.count > 50)
        for file in files {
            #expect(!file.text.contains("TryggDatabase"), "\(file.name) names the raw database")
            #expect(!file.text.contains("[String: Any]"), "\(file.name) builds an untyped dictionary")
        }
    }
}

/// Only local paths are followed or linked to, whatever a browser would make of them.
@Suite("Local links")
struct LocalLinkTests {
    @Test(arguments: [
        "//elsewhere.example", "/\t/elsewhere.example", "/\n/elsewhere.example", "/\\elsewhere", "https://x",
    ])
    func aPathABrowserWouldTakeOffSiteIsRefused(_ path: String) {
        #expect(TryggWeb.LocalLink.safe(path) == "/")
    }

    @Test func aLocalPathWithAQueryIsKept() {
        #expect(TryggWeb.LocalLink.safe("/analysis/emerging?from=2026-01-01") == "/analysis/emerging?from=2026-01-01")
    }
}
