/// Free texts that others read (meeting notes, focus areas, review comments and reasons) get the same
/// personal-data check as a report's description: a blocking finding refuses the text with `.personalData`.
public enum FreeTextCheck {
    /// One `.personalData` error per field whose text holds personal data.
    public static func errors(_ fields: [(field: String, text: String)]) -> [FieldError] {
        fields.compactMap { field, text in
            PersonalDataGuard.findings(in: text).contains(where: \.blocks) ? FieldError(field, .personalData) : nil
        }
    }

    /// Throws `ValidationFailure` when any of the texts holds personal data.
    public static func require(_ fields: [(field: String, text: String)]) throws {
        let errors = errors(fields)
        if !errors.isEmpty { throw ValidationFailure(errors) }
    }
}
