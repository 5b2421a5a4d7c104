import ArgumentParser
import Foundation
import TryggCore
import TryggStore

struct AreasCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "areas", abstract: "The municipality's areas and their boundaries.",
        subcommands: [Import.self, Export.self]
    )

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Import area boundaries from a GeoJSON FeatureCollection (WGS 84, or SWEREF 99 TM when its crs says EPSG:3006)."
        )

        @Argument(help: "The GeoJSON file.") var file: String
        @Option(help: "The feature property holding each area's code.") var codeProperty: String
        @Option(help: "The feature property holding each area's name.") var nameProperty: String
        @Flag(help: "Update areas that exist and deactivate those missing from the file.") var replace = false

        func run() async throws {
            do {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CommandFailure("cannot read \(file)")
                }
                let parsed: AreaFile.Parsed
                switch AreaFile.parse(data, codeProperty: codeProperty, nameProperty: nameProperty) {
                case .success(let result): parsed = result
                case .failure(let failure):
                    for problem in failure.problems { printError("\(file): \(problem)") }
                    throw CommandFailure("\(file) was not imported; nothing was changed")
                }
                for warning in parsed.warnings { printError("warning: \(file): \(warning)") }
                let environment = try await CommandEnvironment.open()
                try await environment.run {
                    let municipality = try await environment.municipality()
                    do {
                        let summary = try await AreaStore(environment.database, municipalityID: municipality.id)
                            .importAreas(parsed.areas, replace: replace)
                        say(
                            "Imported \(parsed.areas.count) areas: \(summary.created.count) new, \(summary.updated.count) updated, \(summary.deactivated.count) deactivated."
                        )
                    } catch let conflict as AreaImportConflict {
                        throw CommandFailure(conflict.description)
                    }
                }
            } catch let failure as CommandFailure {
                printError("trygg areas import: \(failure)")
                throw ExitCode.failure
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the areas with boundaries as GeoJSON (WGS 84) to standard output.")

        func run() async throws {
            do {
                let environment = try await CommandEnvironment.open()
                try await environment.run {
                    let municipality = try await environment.municipality()
                    let areas = try await AreaStore(environment.database, municipalityID: municipality.id).all()
                    let data = AreaFile.export(
                        areas.compactMap { area in area.geometry.map { (area.code, area.name, $0) } })
                    FileHandle.standardOutput.write(data)
                    say("")
                }
            } catch let failure as CommandFailure {
                printError("trygg areas export: \(failure)")
                throw ExitCode.failure
            }
        }
    }
}
