import ArgumentParser
import Foundation
import TryggCore

/// `trygg analyse`: analyses of a file of events, and (`effect`) of a measure's counts.
struct AnalyseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyse",
        abstract: "Analyses of events in a CSV file, and a measure's effect from counts.",
        subcommands: [PointFileCommand.self, EffectCommand.self],
        defaultSubcommand: PointFileCommand.self
    )
}

/// `trygg analyse hotspots|density|hottimes|trend FILE`.
struct PointFileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "points",
        abstract: "Hot spots, density, hot times and trends of a CSV file of events (docs/analysis.md).",
        discussion: """
            The file has a header row and the columns lat,lon (WGS 84) or northing,easting (SWEREF 99 TM), an
            optional time (ISO 8601: 2026-10-03T22:15, 2026-10-03 for a whole day, or start/end for a span) and an
            optional indicator. Output is CSV on standard output; a summary line goes to standard error.

              trygg analyse hotspots reports.csv --cell 250 --band 500 > hotspots.csv
              trygg analyse trend reports.csv --from 2026-01-01 --to 2026-10-31 --unit month
            """
    )

    @Argument(help: "hotspots, density, hottimes or trend.") var method: PointFileAnalysis.Method
    @Argument(help: "The CSV file; standard input when left out or '-'.") var file: String?
    @Option(help: "Cell side in metres (cells are aligned to multiples of it in SWEREF 99 TM).") var cell = 250.0
    @Option(help: "Gi* distance band in metres: cells whose centres lie within it are neighbours.") var band = 500.0
    @Option(help: "Kernel bandwidth in metres for density.") var bandwidth = 500.0
    @Option(help: "False-discovery rate for Benjamini–Hochberg.") var q = 0.05
    @Option(help: "First day, YYYY-MM-DD (local time).") var from: String?
    @Option(help: "Last day, YYYY-MM-DD, included.") var to: String?
    @Option(help: "Trend slices: month or week.") var unit = TimeSlices.Unit.month
    @Option(
        help:
            "A GeoJSON file of areas (as trygg areas export writes it: properties code and name) as the study region, instead of the bounding box of the points."
    ) var areas: String?
    @Flag(help: "Analyse the readable rows even when some lines cannot be read.") var skipInvalid = false

    func run() throws {
        var options = PointFileAnalysis.Options()
        options.cell = cell
        options.band = band
        options.bandwidth = bandwidth
        options.q = q
        options.unit = unit
        options.skipInvalid = skipInvalid
        guard (0.0001...0.5).contains(q) else { throw ValidationError("--q must be between 0.0001 and 0.5") }
        do {
            if from != nil || to != nil {
                guard let from, let to else { throw ValidationError("give both --from and --to") }
                options.period = try AnalysisPeriod(firstDay: from, lastDay: to)
            }
            if let areas {
                guard let data = FileManager.default.contents(atPath: areas) else {
                    throw ValidationError("cannot read \(areas)")
                }
                switch AreaFile.parse(data, codeProperty: "code", nameProperty: "name") {
                case .success(let parsed): options.region = parsed.areas.map(\.geometry)
                case .failure(let failure):
                    throw ValidationError(failure.problems.map { "\(areas): \($0)" }.joined(separator: "\n"))
                }
            }
            let text: String
            if let file, file != "-" {
                guard let contents = try? String(contentsOfFile: file, encoding: .utf8) else {
                    throw ValidationError("cannot read \(file) as UTF-8 text")
                }
                text = contents
            } else {
                text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            }
            let output = try PointFileAnalysis.run(method, text: text, options: options)
            FileHandle.standardOutput.write(Data(output.csv.utf8))
            printError("\(method.rawValue): \(output.summary)")
        } catch let error as AnalysisError {
            printError("trygg analyse \(method.rawValue): \(error)")
            throw ExitCode.failure
        }
    }
}

extension PointFileAnalysis.Method: ExpressibleByArgument {}
extension TimeSlices.Unit: ExpressibleByArgument {}
