import ArgumentParser
import Foundation
import TryggCore

struct GeoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geo", abstract: "Coordinate tools.", subcommands: [Convert.self]
    )

    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert coordinates between WGS 84 and SWEREF 99 TM, one pair a line from standard input.",
            discussion: """
                Axis order follows each system's definition: EPSG:4326 is 'latitude longitude' in degrees,
                EPSG:3006 is 'northing easting' in metres. Output has 9 decimals for degrees and 3 for metres.
                A line that cannot be read is reported on standard error with its number; the other lines are
                still converted, and the exit status is then 1.

                  printf '65.584 22.155\\n' | trygg geo convert --from EPSG:4326 --to EPSG:3006
                """
        )

        @Option(help: "EPSG:4326 (lat lon) or EPSG:3006 (northing easting).") var from: EPSG
        @Option(help: "EPSG:4326 or EPSG:3006.") var to: EPSG

        func run() throws {
            var failures = 0
            var number = 0
            while let line = readLine() {
                number += 1
                if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                guard let output = CoordinateLine.convert(line, from: from, to: to) else {
                    printError(
                        "line \(number): cannot read '\(line)': expected two numbers, \(from == .wgs84 ? "latitude and longitude in degrees" : "northing and easting in metres")"
                    )
                    failures += 1
                    continue
                }
                say(output)
            }
            if failures > 0 { throw ExitCode.failure }
        }
    }
}

extension EPSG: ExpressibleByArgument {}
