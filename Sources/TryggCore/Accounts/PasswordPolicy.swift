/// The minimum a password must meet; length over complexity, as NIST SP 800-63B recommends.
public enum PasswordPolicy {
    public static let minimumLength = 10
    /// bcrypt reads at most 72 bytes; a longer password would silently be cut.
    public static let maximumBytes = 72

    public static func problem(with password: String) -> FieldError.Problem? {
        if password.count < minimumLength { return .passwordTooShort }
        if password.utf8.count > maximumBytes { return .passwordTooLong }
        return nil
    }
}
