import FluentKit
import Foundation
import TryggCore

/// Fills an empty database with the demo municipality: Luleå, its departments, Polisen, Lulebo and one
/// user per role. Later features add their demo data here.
public enum DemoMunicipality {
    /// A demo user and the password it was given, printed once.
    public struct Account: Sendable {
        public var username: String
        public var password: String
        public var roles: [Role]
    }

    public enum Failure: Error, CustomStringConvertible {
        case notEmpty

        public var description: String {
            "the database already has users; demo data only goes into an empty database"
        }
    }

    static let organisations: [(String, String, OrganisationKind)] = [
        ("polisen", "Polisen, lokalpolisområde Luleå", .police),
        ("lulebo", "Lulebo AB", .housing),
        ("klf", "Kommunledningsförvaltningen", .department),
        ("sof", "Socialförvaltningen", .department),
        ("kff", "Kultur- och fritidsförvaltningen", .department),
        ("sbf", "Stadsbyggnadsförvaltningen", .department),
        ("buf", "Barn- och utbildningsförvaltningen", .department),
        ("tekn", "Tekniska förvaltningen", .department),
    ]

    static let users: [(String, String, String, [Role])] = [
        ("samordnare", "Sara Samordnare", "klf", [.coordinator, .reviewer, .analyst]),
        ("granskare", "Gustav Granskare", "polisen", [.reviewer, .reporter]),
        ("analytiker", "Anna Analytiker", "klf", [.analyst]),
        ("rapportor", "Rasmus Rapportör", "lulebo", [.reporter]),
        ("lasare", "Lena Läsare", "kff", [.reader]),
    ]

    /// Creates the demo municipality and accounts, with two years of reports up to `now`; refuses a
    /// database that already has users.
    public static func fill(
        _ database: TryggDatabase, hashing: any PasswordHashing, now: Date = Date()
    ) async throws -> [Account] {
        guard try await UserRecord.query(on: database.db).count() == 0 else { throw Failure.notEmpty }
        let municipality = try await FirstStart.ensure(database, municipalityName: "Luleå kommun")
        let organisationStore = OrganisationStore(database, municipalityID: municipality.id)
        var organisationIDs: [String: UUID] = [:]
        for (code, name, kind) in organisations {
            if let existing = try await organisationStore.find(code: code) {
                organisationIDs[code] = existing.id
            } else {
                organisationIDs[code] = try await organisationStore.create(
                    OrganisationDraft(code: code, name: name, kind: kind)
                ).id
            }
        }
        let userStore = UserStore(database, municipalityID: municipality.id, hashing: hashing)
        var accounts: [Account] = []
        var created: [String: User] = [:]
        for (username, name, organisation, roles) in users {
            let password = randomPassword()
            created[username] = try await userStore.create(
                UserDraft(
                    username: username, displayName: name, organisationID: organisationIDs[organisation],
                    roles: Set(roles), password: password
                ))
            accounts.append(Account(username: username, password: password, roles: roles))
        }
        try await PlaceStore(database, municipalityID: municipality.id).replace(
            source: LuleaPlaces.source, with: LuleaPlaces.all, approximate: true)
        // The police reviewer also reports; with Lulebo's caretaker they send the demo's reports.
        _ = try await DemoReportLoader.load(
            database, municipality: municipality, reporters: [created["rapportor"]!, created["granskare"]!],
            reviewer: created["granskare"]!, now: now
        )
        try await DemoWorkLoader.load(
            database, municipality: municipality, users: created, organisations: organisationIDs, now: now)
        return accounts
    }

    /// Readable but unguessable: four groups of four from an alphabet without look-alike characters.
    static func randomPassword() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String((0..<4).map { _ in alphabet.randomElement(using: &generator)! }) }
            .joined(separator: "-")
    }
}

extension DemoMunicipality {
    /// Adds `count` published reports spread over ten years and `pending` reports awaiting this week's
    /// meeting, without histories: data for benchmarks, not for people.
    public static func addBenchmarkReports(_ database: TryggDatabase, count: Int, pending: Int) async throws {
        let municipality = try await MunicipalityStore(database).require()
        let users = try await UserStore(database, municipalityID: municipality.id).all()
        guard let reviewer = users.first(where: { $0.has(.reviewer) }) else { throw Failure.notEmpty }
        let reporters = users.filter { $0.has(.reporter) }
        let weeks = 520
        var items = DemoReports.generate(
            now: Date(), perWeek: Double(count) / Double(weeks + 1), weeks: weeks, reporters: reporters.count, seed: 7
        )
        .filter { $0.status != .submitted }
        // Only the part of this week that has passed gets reports, so ask for plenty and keep `pending`.
        let extra = DemoReports.generate(
            now: Date(), perWeek: Double(pending) * 12, weeks: 0, reporters: reporters.count, seed: 8)
        items += extra.prefix(pending)
        for start in stride(from: 0, to: items.count, by: 50_000) {
            try await DemoReportLoader.insert(
                Array(items[start..<min(start + 50_000, items.count)]), database, municipality: municipality,
                reporters: reporters, reviewer: reviewer, history: false)
        }
    }
}
