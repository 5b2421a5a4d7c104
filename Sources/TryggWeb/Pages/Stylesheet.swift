import Foundation

/// The one stylesheet, read from the bundle once.
enum Stylesheet {
    static let css: String = {
        guard let url = Bundle.module.url(forResource: "trygg", withExtension: "css", subdirectory: "Static"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return "" }
        return text
    }()
}
