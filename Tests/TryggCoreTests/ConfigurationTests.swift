import Testing

@testable import TryggCore

@Suite("Configuration")
struct ConfigurationTests {
    @Test func nothingConfiguredMeansTheSQLiteFileInTheWorkingDirectory() throws {
        #expect(try DatabaseLocation.fromEnvironment([:]) == .sqlite(path: "./trygg.sqlite"))
    }

    @Test func anSQLiteURLMovesTheFile() throws {
        #expect(
            try DatabaseLocation.parse("sqlite:///var/lib/trygg/data.sqlite")
                == .sqlite(path: "/var/lib/trygg/data.sqlite"))
    }

    @Test func aPostgresURLIsReadIntoItsParts() throws {
        let location = try DatabaseLocation.parse("postgres://trygg:s%40cret@db.internal:5433/trygg?sslmode=require")
        #expect(
            location
                == .postgres(
                    .init(
                        host: "db.internal", port: 5433, username: "trygg", password: "s@cret", database: "trygg",
                        requireTLS: true)))
        #expect(location.engineName == "postgres")
    }

    @Test(arguments: ["mysql://x@y/z", "trygg.sqlite", "sqlite://", "postgres://host/db", "postgres://u:p@host"])
    func malformedURLsAreRefusedNamingTheSetting(_ url: String) {
        #expect {
            try DatabaseLocation.parse(url)
        } throws: { error in
            String(describing: error).hasPrefix("TRYGG_DATABASE_URL:")
        }
    }

    @Test func errorMessagesNeverShowThePassword() {
        do {
            _ = try DatabaseLocation.parse("mysql://trygg:hemligt@host/db")
            Issue.record("expected an error")
        } catch {
            #expect(!error.description.contains("hemligt"))
        }
    }

    @Test(
        arguments: [
            (nil, Language.sv), ("en-GB,en;q=0.9", .en), ("sv-SE,sv;q=0.9,en;q=0.8", .sv),
            ("de-DE,en;q=0.5,sv;q=0.7", .sv), ("fr", .sv), ("en;q=0", .sv),
        ] as [(String?, Language)])
    func theLanguageFollowsTheBrowserWithSwedishAsDefault(_ header: String?, _ expected: Language) {
        #expect(Language.negotiate(acceptLanguage: header) == expected)
    }
}
