import Testing
import TryggCore

@testable import TryggWeb

@Suite("Configuration from the environment")
struct WebConfigurationTests {
    @Test func aTileBackgroundNeedsPlaceholdersAndAnAttribution() throws {
        #expect(try AppConfiguration.fromEnvironment([:]).tiles == nil)
        #expect(throws: ConfigurationError.self) {
            try AppConfiguration.fromEnvironment(["TRYGG_TILE_URL": "https://t.example/tile.png"])
        }
        #expect(throws: ConfigurationError.self) {
            try AppConfiguration.fromEnvironment(["TRYGG_TILE_URL": "https://t.example/{z}/{x}/{y}.png"])
        }
        let configuration = try AppConfiguration.fromEnvironment([
            "TRYGG_TILE_URL": "https://t.example:8443/{z}/{x}/{y}.png", "TRYGG_TILE_ATTRIBUTION": "© Kartdata",
        ])
        #expect(configuration.tiles?.attribution == "© Kartdata")
        #expect(configuration.tileOrigin == "https://t.example:8443")
    }

    @Test(arguments: [
        ("TRYGG_SECURE_COOKIES", "maybe"), ("TRYGG_LOG_LEVEL", "loud"), ("TRYGG_DATABASE_URL", "oracle://x"),
        ("TRYGG_SMTP_URL", "http://mail.example.se"), ("TRYGG_SMTP_URL", "smtp://mail.example.se:587"),
    ])
    func aMalformedValueNamesItsVariable(_ name: String, _ value: String) {
        do {
            _ = try AppConfiguration.fromEnvironment([name: value])
            Issue.record("expected \(name)=\(value) to be refused")
        } catch {
            #expect(error.description.hasPrefix(name))
        }
    }

    @Test func mailNeedsTheAddressPeopleOpenTryggAt() throws {
        #expect(throws: ConfigurationError.self) {
            try AppConfiguration.fromEnvironment(["TRYGG_SMTP_URL": "smtp://mail.example.se:587?from=trygg@example.se"])
        }
        let configuration = try AppConfiguration.fromEnvironment([
            "TRYGG_SMTP_URL": "smtp://user:secret@mail.example.se:587?from=trygg@example.se",
            "TRYGG_PUBLIC_URL": "https://trygg.example.se/",
        ])
        #expect(configuration.smtp?.host == "mail.example.se" && configuration.smtp?.security == .startTLS)
        #expect(configuration.publicURL == "https://trygg.example.se")
    }
}
