import Testing
import TryggCore
@testable import TryggWeb

@Suite("Configuration from the environment")
struct WebConfigurationTests {
    @Test func aTileBackgroundNeedsPlaceholdersAndAnAttribution() throws {
        #expect(try AppConfiguration.fromEnvironment([:]).tiles == nil)
        #expect(throws: ConfigurationError.self) { try AppConfiguration.fromEnvironment(["TRYGG_TILE_URL": "https://t.example/tile.png"]) }
        #expect(throws: ConfigurationError.self) { try AppConfiguration.fromEnvironment(["TRYGG_TILE_URL": "https://t.example/{z}/{x}/{y}.png"]) }
        let configuration = try AppConfiguration.fromEnvironment([
            "TRYGG_TILE_URL": "https://t.example:8443/{z}/{x}/{y}.png", "TRYGG_TILE_ATTRIBUTION": "© Kartdata",
        ])
        #expect(configuration.tiles?.attribution == "© Kartdata")
        #expect(configuration.tileOrigin == "https://t.example:8443")
    }

    @Test(arguments: [("TRYGG_SECURE_COOKIES", "maybe"), ("TRYGG_LOG_LEVEL", "loud"), ("TRYGG_DATABASE_URL", "oracle://x")])
    func aMalformedValueNamesItsVariable(_ name: String, _ value: String) {
        do {
            _ = try AppConfiguration.fromEnvironment([name: value])
            Issue.record("expected \(name)=\(value) to be refused")
        } catch {
            #expect(error.description.hasPrefix(name))
        }
    }
}
