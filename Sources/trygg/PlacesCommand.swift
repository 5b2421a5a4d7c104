import ArgumentParser
import Foundation
import TryggCore
import TryggStore

struct PlacesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "places", abstract: "Named places and address points the place picker finds by name.",
        subcommands: [Import.self, Search.self, List.self]
    )

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import places from CSV or GeoJSON, in place of what the same source held before.",
            discussion: """
                CSV: a header with name, an optional kind (landmark or address) and lat,lon (WGS 84) or northing,easting
                (SWEREF 99 TM). GeoJSON: a FeatureCollection of Points, WGS 84 unless its crs names EPSG:3006.
                For Lantmäteriet's address points, name the street and number properties:
                  trygg places import adresser.geojson --source lantmateriet --kind address \\
                    --name-property adressomrade --name-property adressplatsnummer
                Nothing is changed when any line or feature is wrong; every problem is listed.
                """
        )

        @Argument(help: "The CSV or GeoJSON file.") var file: String
        @Option(help: "A name for this source; importing the same source again replaces its places.") var source: String
        @Option(help: "The GeoJSON property (repeat for several, joined by spaces) that names each place.")
        var nameProperty: [String] = ["name"]
        @Option(help: "The kind of rows that do not say: landmark or address.") var kind: String = "landmark"
        @Flag(help: "The positions are rough; the picker says so.") var approximate = false

        func run() async throws {
            do {
                guard let defaultKind = Place.Kind(spelled: kind) else {
                    throw CommandFailure("--kind must be landmark or address, not '\(kind)'")
                }
                guard !source.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw CommandFailure("--source must not be empty")
                }
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CommandFailure("cannot read \(file)")
                }
                let entries: [PlaceFile.Entry]
                switch PlaceFile.parse(data, nameProperties: nameProperty, kind: defaultKind) {
                case .success(let read): entries = read
                case .failure(let failure):
                    let problems = failure.problems
                    for problem in problems.prefix(50) { printError("\(file): \(problem)") }
                    if problems.count > 50 { printError("\(file): and \(problems.count - 50) more problems") }
                    throw CommandFailure("\(file) was not imported; nothing was changed")
                }
                let environment = try await CommandEnvironment.open()
                try await environment.run {
                    let municipality = try await environment.municipality()
                    let result = try await PlaceStore(environment.database, municipalityID: municipality.id)
                        .replace(source: source, with: entries, approximate: approximate)
                    say(
                        "Imported \(result.added) \(result.added == 1 ? "place" : "places") from \(file) as source '\(source)' (replacing \(result.removed))."
                    )
                }
            } catch let failure as CommandFailure {
                printError("trygg places import: \(failure)")
                throw ExitCode.failure
            }
        }
    }

    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Find places by name, as the place picker does.")

        @Argument(help: "The start of a name or of a word in it.") var query: String

        func run() async throws {
            let environment = try await CommandEnvironment.open()
            try await environment.run {
                let municipality = try await environment.municipality()
                for place in try await PlaceStore(environment.database, municipalityID: municipality.id).search(query) {
                    say(
                        String(
                            format: "%@\t%.6f\t%.6f\t%@%@", place.name, place.position.latitude,
                            place.position.longitude,
                            place.kind.rawValue, place.approximate ? " (approximate)" : ""))
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "How many places each source holds.")

        func run() async throws {
            let environment = try await CommandEnvironment.open()
            try await environment.run {
                let municipality = try await environment.municipality()
                for (source, count) in try await PlaceStore(environment.database, municipalityID: municipality.id)
                    .countBySource()
                {
                    say("\(source)\t\(count)")
                }
            }
        }
    }
}
