import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// The coordinator imports area boundaries from GeoJSON: paste (or pick) a file, see the problems or a
/// preview map, then confirm. Nothing is stored until the confirmed import, and then all or nothing.
struct AreaImportController {
    let renderer: PageRenderer

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, Route.areasImport) { request, context, _ in
            return page(
                request, context,
                fields: Fields(geojson: "", codeProperty: "code", nameProperty: "name", replace: false))
        }
        router.on(.post, Route.areasImport) { request, context, _ in try await submit(request, context) }
        router.on(.get, .areasExport) { _, context, signedIn in
            let areas = try await signedIn.stores.areas.all()
            let data = AreaFile.export(areas.compactMap { area in area.geometry.map { (area.code, area.name, $0) } })
            return Response(
                status: .ok,
                headers: [
                    .contentType: "application/geo+json", .contentDisposition: #"attachment; filename="areas.geojson""#,
                ],
                body: .init(byteBuffer: ByteBuffer(data: data))
            )
        }
    }

    struct Fields {
        var geojson: String
        var codeProperty: String
        var nameProperty: String
        var replace: Bool
    }

    func submit(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let signedIn = try context.requireUser()
        var request = request
        let form = try await request.form()
        let fields = Fields(
            geojson: form["geojson"], codeProperty: form["codeProperty"].isEmpty ? "code" : form["codeProperty"],
            nameProperty: form["nameProperty"].isEmpty ? "name" : form["nameProperty"],
            replace: form["replace"] == "true")
        let texts = renderer.texts(context)
        let data = Data(fields.geojson.utf8)
        let properties = AreaFile.properties(data)
        switch AreaFile.parse(data, codeProperty: fields.codeProperty, nameProperty: fields.nameProperty) {
        case .failure(let failure):
            return page(
                request, context, fields: fields, problems: failure.problems.map { Self.sentence($0, texts) },
                properties: properties, status: .unprocessableContent)
        case .success(let parsed):
            var warnings = parsed.warnings.map { Self.sentence($0, texts) }
            // The preview says everything saving would: codes that exist already are refused without "replace".
            let existing = try await signedIn.stores.areas.existingCodes(
                among: parsed.areas)
            if !existing.isEmpty {
                let list = existing.joined(separator: ", ")
                guard fields.replace else {
                    return page(
                        request, context, fields: fields,
                        problems: [texts["import_conflict"].replacingOccurrences(of: "{value}", with: list)],
                        properties: properties, status: .unprocessableContent)
                }
                warnings.append(texts["import_existing"].replacingOccurrences(of: "{value}", with: list))
            }
            guard form["confirm"] == "true" else {
                let areas = parsed.areas.map { Area(id: UUID(), code: $0.code, name: $0.name, geometry: $0.geometry) }
                let preview = MapView.svg(areas: areas, title: texts["import_preview_title"], texts: texts)
                return page(
                    request, context, fields: fields, warnings: warnings, preview: preview,
                    previewRows: parsed.areas.map { .init(code: $0.code, name: $0.name) }, properties: properties)
            }
            do {
                let summary = try await signedIn.stores.areas
                    .importAreas(parsed.areas, replace: fields.replace)
                context.logger.info(
                    "areas imported",
                    metadata: [
                        "created": "\(summary.created.count)", "updated": "\(summary.updated.count)",
                        "deactivated": "\(summary.deactivated.count)",
                    ])
                return Response.redirect(to: Route.admin(.areas).path + "?saved=1")
            } catch let conflict as AreaImportConflict {
                let message = texts["import_conflict"].replacingOccurrences(
                    of: "{value}", with: conflict.codes.joined(separator: ", "))
                return page(request, context, fields: fields, problems: [message], status: .unprocessableContent)
            }
        }
    }

    /// A problem in the reader's language, with its feature, polygon, ring and position filled in.
    static func sentence(_ problem: AreaImportProblem, _ texts: Texts) -> String {
        problem.placeholders.reduce(texts[problem.key]) { text, pair in
            text.replacingOccurrences(of: "{\(pair.key)}", with: pair.value)
        }
    }

    func page(
        _ request: Request, _ context: AppRequestContext, fields: Fields, problems: [String] = [],
        warnings: [String] = [],
        preview: String? = nil, previewRows: [AreaImportPage.Row] = [], properties: [String] = [],
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let texts = renderer.texts(context)
        return renderer.page(
            "area-import", title: texts["import_title"],
            page: AreaImportPage(
                geojson: fields.geojson, codeProperty: fields.codeProperty, nameProperty: fields.nameProperty,
                replace: fields.replace,
                problems: problems, warnings: warnings, preview: preview, previewRows: previewRows,
                previewCount: texts["import_preview_count"].replacingOccurrences(
                    of: "{count}",
                    with: texts.numbers.count(
                        previewRows.count, one: texts["noun_area_one"], other: texts["noun_area_other"])),
                properties: properties.joined(separator: ", ").nonEmpty,
                action: Route.areasImport.path, cancelHref: Route.admin(.areas).path, exportHref: Route.areasExport.path
            ),
            request: request, context: context, status: status
        )
    }
}

/// The area import form as typed, what is wrong with the file, and the preview of what saving would do.
struct AreaImportPage: Sendable {
    struct Row: Sendable {
        var code: String
        var name: String
    }

    var geojson: String
    var codeProperty: String
    var nameProperty: String
    var replace: Bool
    var problems: [String]
    var warnings: [String]
    /// The map of the areas read, drawn before anything is saved.
    var preview: String?
    var previewRows: [Row]
    var previewCount: String
    var properties: String?
    var action: String
    var cancelHref: String
    var exportHref: String
}
