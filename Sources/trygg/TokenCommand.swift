import ArgumentParser
import TryggCore
import TryggStore

struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Personal access tokens for the API.", subcommands: [Create.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a token for a user and print it (shown only once).")

        @Argument(help: "The user the token acts for.") var username: String
        @Option(help: "A name to recognise the token by.") var name: String = "CLI"
        @Option(help: "Days until the token expires.") var days: Int = 90

        func run() async throws {
            do {
                guard (1...3650).contains(days) else { throw CommandFailure("--days must be between 1 and 3650") }
                let environment = try await CommandEnvironment.open()
                try await environment.run {
                    let municipality = try await environment.municipality()
                    guard
                        let user = try await UserStore(
                            environment.database, municipalityID: municipality.id, hashing: environment.hashing
                        )
                        .find(username: username), user.active
                    else {
                        throw CommandFailure("no active user '\(username)'")
                    }
                    let issued = try await AccessTokenStore(environment.database)
                        .issue(to: user.id, name: name, lifetime: Double(days) * 24 * 3600)
                    say(issued.secret)
                }
            } catch let failure as CommandFailure {
                printError("trygg token create: \(failure)")
                throw ExitCode.failure
            }
        }
    }
}
