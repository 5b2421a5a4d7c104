import Foundation
import Hummingbird

/// Serves the hand-written OpenAPI document at `/api/v1/openapi.json`; a test checks it names every route.
struct OpenAPIController {
    static let document: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "Static"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "{}" }
        return text
    }()

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, APIRoute.openAPI) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: Self.document)))
        }
    }
}
