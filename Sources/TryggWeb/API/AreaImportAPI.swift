import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// `POST /api/v1/admin/areas/import`: the coordinator's area import for scripts — the same checks, words and
/// preview as the page; nothing is saved unless `confirm` is true, and then all or nothing.
struct AreaImportAPI {
    let catalogue: StringCatalogue

    struct Body: Decodable {
        /// The GeoJSON FeatureCollection as text.
        var geojson: String
        var codeProperty: String?
        var nameProperty: String?
        var replace: Bool?
        var confirm: Bool?
    }

    struct Outcome: Encodable {
        struct Item: Encodable {
            var code: String
            var name: String
        }

        var saved: Bool
        var problems: [String]
        var warnings: [String]
        var properties: [String]
        var areas: [Item]
        var created: [String]
        var updated: [String]
        var deactivated: [String]
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.post, APIRoute.areasImport) { request, context, signedIn in
            var request = request
            let body = try await request.json(Body.self)
            let texts = Texts(catalogue: catalogue, language: context.language)
            let data = Data(body.geojson.utf8)
            var outcome = Outcome(
                saved: false, problems: [], warnings: [], properties: AreaFile.properties(data), areas: [], created: [],
                updated: [], deactivated: [])
            let parsed: AreaFile.Parsed
            switch AreaFile.parse(
                data, codeProperty: body.codeProperty ?? "code", nameProperty: body.nameProperty ?? "name")
            {
            case .failure(let failure):
                outcome.problems = failure.problems.map { AreaImportController.sentence($0, texts) }
                return try JSONResponse.make(outcome, status: .unprocessableContent)
            case .success(let read): parsed = read
            }
            outcome.warnings = parsed.warnings.map { AreaImportController.sentence($0, texts) }
            outcome.areas = parsed.areas.map { .init(code: $0.code, name: $0.name) }
            let existing = try await signedIn.stores.areas.existingCodes(among: parsed.areas)
            if !existing.isEmpty {
                let list = existing.joined(separator: ", ")
                guard body.replace == true else {
                    outcome.problems = [texts["import_conflict"].replacingOccurrences(of: "{value}", with: list)]
                    return try JSONResponse.make(outcome, status: .unprocessableContent)
                }
                outcome.warnings.append(texts["import_existing"].replacingOccurrences(of: "{value}", with: list))
            }
            guard body.confirm == true else { return try JSONResponse.make(outcome) }
            let summary = try await signedIn.stores.areas.importAreas(parsed.areas, replace: body.replace == true)
            outcome.saved = true
            outcome.created = summary.created
            outcome.updated = summary.updated
            outcome.deactivated = summary.deactivated
            return try JSONResponse.make(outcome)
        }
    }
}
