import ArgumentParser

/// The `trygg` command: serve the application and administer an installation.
@main
struct Trygg: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trygg",
        abstract: "Trygg – EST coordination for municipal safety work.",
        discussion: """
            Storage is chosen by TRYGG_DATABASE_URL: sqlite:///path/to/file.sqlite (default ./trygg.sqlite)
            or postgres://user:pass@host:5432/db.
            """,
        subcommands: [
            ServeCommand.self, MigrateCommand.self, DemoCommand.self, OrganisationCommand.self,
            UserCommand.self, TokenCommand.self, AreasCommand.self, PlacesCommand.self, GeoCommand.self,
            AnalyseCommand.self,
        ]
    )
}
