import ArgumentParser
import Foundation
import Logging
import TryggCore
import TryggStore
import TryggWeb

/// What every command needs: the configuration, a logger, and the migrated database.
struct CommandEnvironment {
    let configuration: AppConfiguration
    let logger: Logger
    let database: TryggDatabase
    /// The migrations this start applied, for `serve` and `migrate` to report.
    var appliedMigrations: [String] = []

    /// Reads the environment and opens the database, turning every failure into one clear line.
    static func open(migrate: Bool = true) async throws -> CommandEnvironment {
        let configuration: AppConfiguration
        do {
            configuration = try AppConfiguration.fromEnvironment(ProcessInfo.processInfo.environment)
        } catch {
            throw CommandFailure(error.description)
        }
        var logger = Logger(label: "trygg")
        logger.logLevel = configuration.logLevel
        let database: TryggDatabase
        do {
            database = try TryggDatabase(location: configuration.database, logger: logger)
        } catch {
            throw CommandFailure(error.description)
        }
        var applied: [String] = []
        do {
            if migrate { applied = try await database.migrate() } else { try await database.ping() }
        } catch {
            await database.shutdown()
            throw CommandFailure((error as? StoreError)?.description ?? "cannot prepare the database: \(error)")
        }
        return CommandEnvironment(
            configuration: configuration, logger: logger, database: database, appliedMigrations: applied)
    }

    /// The installation's municipality, created at first start if needed.
    func municipality() async throws -> Municipality {
        try await FirstStart.ensure(database, municipalityName: configuration.municipalityName)
    }

    var hashing: BcryptHashing { BcryptHashing(cost: configuration.bcryptCost) }

    /// Runs `body` and closes the database afterwards, whatever happens.
    func run<T>(_ body: () async throws -> T) async throws -> T {
        do {
            let result = try await body()
            await database.shutdown()
            return result
        } catch {
            await database.shutdown()
            throw error
        }
    }
}

/// A failure reported as one line on stderr with a non-zero exit status.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension CommandFailure {
    /// Maps validation failures to sentences a person at a terminal understands.
    static func from(_ failure: ValidationFailure) -> CommandFailure {
        CommandFailure(failure.errors.map { "\($0.field): \($0.problem.sentence)" }.joined(separator: "; "))
    }
}

extension FieldError.Problem {
    /// English sentences for the terminal (the web pages use the string catalogue).
    var sentence: String {
        switch self {
        case .required: "is required"
        case .tooLong: "is too long"
        case .tooShort: "is too short"
        case .codeFormat: "use only letters a-z, digits, '-' and '_' (at most 40 characters)"
        case .usernameFormat: "use 2-40 lower-case letters a-z, digits, '.', '-' or '_'"
        case .taken: "is already taken"
        case .unknown: "does not exist"
        case .atLeastOneRole: "give at least one --role"
        case .passwordTooShort: "the password must have at least \(PasswordPolicy.minimumLength) characters"
        case .passwordTooLong: "the password may be at most \(PasswordPolicy.maximumBytes) bytes"
        case .invalidNumber: "must be a valid number"
        case .inFuture: "lies in the future"
        case .personalData: "contains personal data"
        case .changedMeanwhile: "was changed by someone else meanwhile"
        case .invalidDate: "must be a date, YYYY-MM-DD"
        case .invalidTime: "must be a clock time, HH:MM"
        case .invalidWeek: "must be an ISO week, YYYY-Www"
        case .outOfRange: "is out of range"
        case .endBeforeStart: "must come after the start"
        case .periodTooLong: "the period may be at most ten years"
        case .tooFewSlices: "the period has too few time slices"
        case .tooManyCells: "gives too many cells; use larger cells"
        case .tooMuchWork: "is too much to compute; use larger cells, a narrower band or a shorter period"
        case .tooMany: "matches too many rows; narrow it down"
        case .wrongPassword: "is not the current password"
        case .mismatch: "the two passwords differ"
        case .expired: "the link has been used or has expired"
        case .invalidEmail: "is not an e-mail address"
        case .notNow: "is not possible in the present state"
        case .closedAlready: "is closed and changes no more"
        case .needsDecision: "needs a decision of the analysis or steering group"
        case .needsCause: "needs at least one cause"
        case .needsDecidedMeasure: "needs at least one decided measure"
        case .needsEvaluationOrReason: "needs an evaluation or a reason why none was made"
        case .sameArea: "must be a different area"
        case .overlapsBefore: "must begin after the before period ends"
        case .lockedByDecision: "changes only by a new decision"
        case .inUse: "is still referred to"
        }
    }
}

extension Role: ExpressibleByArgument {}
extension OrganisationKind: ExpressibleByArgument {}

/// Prints to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Prints a line to standard output at once, unbuffered even into a pipe, so scripts that read the
/// demo users or the serving address see them while the server runs.
func say(_ message: String) {
    FileHandle.standardOutput.write(Data((message + "\n").utf8))
}
