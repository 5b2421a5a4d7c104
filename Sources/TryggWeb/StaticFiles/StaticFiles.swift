import Foundation
import Hummingbird

/// The static files, read from the bundle once: the stylesheet and the two small scripts.
enum StaticFiles {
    static let css = load("trygg", "css")
    static let pickerScript = load("place-picker", "js")
    static let mapScript = load("map", "js")
    static let reportFormScript = load("report-form", "js")

    static func load(_ name: String, _ ext: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Static"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "" }
        return text
    }

    static func response(_ text: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: "\(type); charset=utf-8", .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }
}
