import ArgumentParser
import Foundation
import TryggCore
import TryggStore

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Administer users.", subcommands: [Create.self, List.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Create a user. The password is read from TRYGG_PASSWORD, or else the first line of standard input."
        )

        @Argument(help: "Username (lower-case letters a-z, digits, '.', '-', '_').") var username: String
        @Option(
            name: .customLong("role"),
            help: "A role: \(Role.allCases.map(\.rawValue).joined(separator: ", ")). Repeat for several.")
        var roles: [Role] = []
        @Option(help: "Code of the user's organisation.") var organisation: String
        @Option(help: "Name shown in the application (defaults to the username).") var name: String?
        @Flag(help: "May read the restricted violent-extremism material.") var restricted = false

        func run() async throws {
            do {
                let password = try Self.readPassword()
                let environment = try await CommandEnvironment.open()
                try await environment.run {
                    let municipality = try await environment.municipality()
                    guard
                        let org = try await OrganisationStore(environment.database, municipalityID: municipality.id)
                            .find(code: organisation)
                    else {
                        throw CommandFailure(
                            "no organisation with code '\(organisation)' (create it with: trygg organisation create)")
                    }
                    let draft = UserDraft(
                        username: username, displayName: name ?? username, organisationID: org.id,
                        roles: Set(roles), restrictedAccess: restricted, password: password
                    )
                    do {
                        let user = try await UserStore(
                            environment.database, municipalityID: municipality.id, hashing: environment.hashing
                        )
                        .create(draft)
                        say(
                            "Created user \(user.username) (\(user.sortedRoles.map(\.rawValue).joined(separator: ", "))) in \(org.code)."
                        )
                    } catch let failure as ValidationFailure {
                        throw CommandFailure.from(failure)
                    }
                }
            } catch let failure as CommandFailure {
                printError("trygg user create: \(failure)")
                throw ExitCode.failure
            }
        }

        static func readPassword() throws -> String {
            if let fromEnvironment = ProcessInfo.processInfo.environment["TRYGG_PASSWORD"], !fromEnvironment.isEmpty {
                return fromEnvironment
            }
            if isatty(STDIN_FILENO) == 1 {
                FileHandle.standardError.write(Data("Password: ".utf8))
            }
            guard let line = Swift.readLine(strippingNewline: true), !line.isEmpty else {
                throw CommandFailure("no password: set TRYGG_PASSWORD or give it on standard input")
            }
            return line
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users with their organisation and roles.")

        func run() async throws {
            do {
                let environment = try await CommandEnvironment.open()
                try await environment.run {
                    let municipality = try await environment.municipality()
                    let organisations = try await OrganisationStore(
                        environment.database, municipalityID: municipality.id
                    ).all()
                    let codes = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0.code) })
                    let users = try await UserStore(
                        environment.database, municipalityID: municipality.id, hashing: environment.hashing
                    ).all()
                    for user in users {
                        let roles = user.sortedRoles.map(\.rawValue).joined(separator: ",")
                        say(
                            [
                                user.username, codes[user.organisationID] ?? "?", roles,
                                user.active ? "active" : "deactivated",
                            ]
                            .joined(separator: "\t"))
                    }
                }
            } catch let failure as CommandFailure {
                printError("trygg user list: \(failure)")
                throw ExitCode.failure
            }
        }
    }
}
