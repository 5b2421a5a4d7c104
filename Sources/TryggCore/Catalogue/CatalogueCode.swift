/// Codes identify catalogue entries in URLs, files and the API, so they keep to a safe alphabet.
public enum CatalogueCode {
    public static func isValid(_ code: String) -> Bool {
        guard (1...40).contains(code.count) else { return false }
        return code.unicodeScalars.allSatisfy { scalar in
            (scalar.value < 128)
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) || scalar == "-"
                    || scalar == "_")
        }
    }

    public static func validate(_ code: String, field: String) -> [FieldError] {
        if code.isEmpty { return [.init(field, .required)] }
        if !isValid(code) { return [.init(field, .codeFormat)] }
        return []
    }
}
