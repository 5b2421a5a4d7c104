import Foundation
import Testing
import TryggCore

@testable import TryggWeb

/// Real delivery to the local SMTP sink that `scripts/test` starts (`TRYGG_TEST_SMTP_URL`, `TRYGG_TEST_SMTP_DIR`).
@Suite("E-mail through a real SMTP server")
struct SMTPDeliveryTests {
    static let environment = ProcessInfo.processInfo.environment

    @Test(.enabled(if: environment["TRYGG_TEST_SMTP_URL"] != nil, "no SMTP sink: run scripts/test"))
    func aNoticeArrivesAsTextAndHTMLWithItsSwedishSubject() async throws {
        let configuration = try SMTPConfiguration.parse(try #require(Self.environment["TRYGG_TEST_SMTP_URL"]))
        let folder = try #require(Self.environment["TRYGG_TEST_SMTP_DIR"])
        let id = UUID().uuidString.lowercased()
        try await SMTPClient(configuration).send(
            MailMessage(
                to: "granskare@example.se", subject: "Samverkansmötet vecka 48: rapporter att granska – åäö",
                text: "12 rapporter väntar.\n.\nSista raden", html: "<p>12 rapporter väntar – åäö</p>", id: id))
        var found: String?
        for _ in 0..<50 where found == nil {
            let files = try FileManager.default.contentsOfDirectory(atPath: folder)
            found = try files.map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }.first {
                $0.contains(id)
            }
            if found == nil { try await Task.sleep(for: .milliseconds(100)) }
        }
        let raw = try #require(found)
        #expect(raw.contains("X-Envelope-To: granskare@example.se"))
        #expect(raw.contains("=?UTF-8?B?"))
        #expect(raw.contains("multipart/alternative"))
        #expect(raw.contains("text/html"))
    }
}
