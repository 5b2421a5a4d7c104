import Foundation

/// The shape of personal access tokens: a recognisable prefix (so leaked tokens can be found by secret
/// scanners) and 32 random bytes, URL-safe.
public enum AccessTokenFormat {
    public static let prefix = "trygg_"
    /// How long a token lives unless the user chooses otherwise.
    public static let defaultLifetime: TimeInterval = 90 * 24 * 3600

    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return prefix + Base64URL.encode(bytes)
    }

    public static func looksLikeToken(_ text: String) -> Bool {
        text.hasPrefix(prefix) && text.count > prefix.count + 20
    }
}

/// Base64 without padding in the URL- and header-safe alphabet (RFC 4648 §5).
public enum Base64URL {
    public static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
