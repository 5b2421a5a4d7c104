/// A check that catches typing mistakes in an e-mail address, not a full RFC 5322 parser: the mail server
/// has the last word, and a bounced notice is still in Trygg.
public enum EmailAddress {
    public static func isPlausible(_ text: String) -> Bool {
        guard text.count <= 254, !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," })
        else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix(".")
        else { return false }
        return true
    }
}
