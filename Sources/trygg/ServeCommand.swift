import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import TryggStore
import TryggWeb

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Migrate the database and serve the web application and API."
    )

    @Option(help: "Address to listen on.") var hostname: String = "127.0.0.1"
    @Option(help: "Port to listen on.") var port: Int = 8080
    @Flag(help: "On an empty database, first fill in the demo municipality and print its users.") var demo = false

    func run() async throws {
        do {
            try await serve()
        } catch let failure as CommandFailure {
            printError("trygg serve: \(failure)")
            throw ExitCode.failure
        }
    }

    private func serve() async throws {
        guard (1...65535).contains(port) else { throw CommandFailure("--port must be between 1 and 65535") }
        try await Self.checkPortIsFree(hostname: hostname, port: port)
        LoggingSystem.bootstrap { label in StreamLogHandler.standardOutput(label: label) }
        let environment = try await CommandEnvironment.open()
        if !environment.appliedMigrations.isEmpty {
            environment.logger.info(
                "applied \(environment.appliedMigrations.count) database migrations: \(environment.appliedMigrations.joined(separator: ", "))"
            )
        }
        var configuration = environment.configuration
        configuration.hostname = hostname
        configuration.port = port
        _ = try await environment.municipality()
        if demo { try await DemoCommand.fillIfEmpty(environment) }
        let app = try await buildApplication(
            configuration, storage: Storage(environment.database, hashing: environment.hashing),
            logger: environment.logger
        )
        say("Trygg serves http://\(hostname):\(port) on \(configuration.database.engineName)")
        try await app.runService()
    }

    /// Binding first gives a clear message instead of a socket error after start-up work.
    static func checkPortIsFree(hostname: String, port: Int) async throws {
        do {
            let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .bind(host: hostname, port: port).get()
            try await channel.close()
        } catch {
            throw CommandFailure("cannot listen on \(hostname):\(port): \(error) (is another program using the port?)")
        }
    }
}

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Apply pending database migrations.")

    func run() async throws {
        do {
            let environment = try await CommandEnvironment.open()
            try await environment.run { _ = try await environment.municipality() }
            let applied = environment.appliedMigrations
            say(
                "The \(environment.configuration.database.engineName) database is up to date"
                    + (applied.isEmpty
                        ? "; nothing to apply."
                        : " after \(applied.count) migrations: \(applied.joined(separator: ", "))."))
        } catch let failure as CommandFailure {
            printError("trygg migrate: \(failure)")
            throw ExitCode.failure
        }
    }
}
