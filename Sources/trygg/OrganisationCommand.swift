import ArgumentParser
import TryggCore
import TryggStore

struct OrganisationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "organisation", abstract: "Administer organisations.", subcommands: [Create.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an organisation.")

        @Argument(help: "Short code, e.g. polisen (letters a-z, digits, '-', '_').") var code: String
        @Option(help: "Full name, e.g. \"Polisen, lokalpolisområde Luleå\".") var name: String
        @Option(help: "One of: \(OrganisationKind.allCases.map(\.rawValue).joined(separator: ", ")).") var kind:
            OrganisationKind

        func run() async throws {
            do {
                let environment = try await CommandEnvironment.open()
                try await environment.run {
                    let municipality = try await environment.municipality()
                    do {
                        let organisation = try await OrganisationStore(
                            environment.database, municipalityID: municipality.id
                        )
                        .create(OrganisationDraft(code: code, name: name, kind: kind))
                        say("Created organisation \(organisation.code) (\(organisation.name)).")
                    } catch let failure as ValidationFailure {
                        throw CommandFailure.from(failure)
                    }
                }
            } catch let failure as CommandFailure {
                printError("trygg organisation create: \(failure)")
                throw ExitCode.failure
            }
        }
    }
}
