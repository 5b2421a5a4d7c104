import ArgumentParser
import TryggCore
import TryggStore

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill an empty database with the demo municipality (Luleå) and print one user per role."
    )

    @Option(help: "For benchmarks: add this many published reports over ten years (no histories).")
    var benchmarkReports: Int = 0
    @Option(help: "For benchmarks: add this many reports awaiting this week's meeting.") var benchmarkPending: Int = 0

    func run() async throws {
        do {
            let environment = try await CommandEnvironment.open()
            try await environment.run {
                let accounts = try await DemoMunicipality.fill(environment.database, hashing: environment.hashing)
                Self.printAccounts(accounts)
                if benchmarkReports > 0 || benchmarkPending > 0 {
                    try await DemoMunicipality.addBenchmarkReports(
                        environment.database, count: benchmarkReports, pending: benchmarkPending)
                    say("Added about \(benchmarkReports) published and \(benchmarkPending) pending benchmark reports.")
                }
            }
        } catch let failure as CommandFailure {
            printError("trygg demo: \(failure)")
            throw ExitCode.failure
        } catch let failure as DemoMunicipality.Failure {
            printError("trygg demo: \(failure)")
            throw ExitCode.failure
        }
    }

    /// Used by `serve --demo`: fills only a database without users, and says so otherwise.
    static func fillIfEmpty(_ environment: CommandEnvironment) async throws {
        do {
            printAccounts(try await DemoMunicipality.fill(environment.database, hashing: environment.hashing))
        } catch DemoMunicipality.Failure.notEmpty {
            say("The database already has users; the demo accounts printed when it was filled still apply.")
        }
    }

    static func printAccounts(_ accounts: [DemoMunicipality.Account]) {
        say("Demo users (passwords are shown only now):")
        for account in accounts {
            let roles = account.roles.map(\.rawValue).joined(separator: ",")
            say(
                "  \(account.username.padding(toLength: 12, withPad: " ", startingAt: 0)) \(account.password)  \(roles)"
            )
        }
    }
}
