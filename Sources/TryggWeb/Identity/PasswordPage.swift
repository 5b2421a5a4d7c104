import TryggCore

/// The form that sets a new password: the owner's change (with the current password) or a reset link's.
struct PasswordPage: Sendable {
    var action: String
    var asksCurrent: Bool
    var intro: String
    var username: String?
    var currentError: String?
    var passwordError: String?
    var repeatedError: String?
    /// The form was refused: the summary above it says so.
    var refused: Bool
    var notice: String?

    init(
        action: String, asksCurrent: Bool, intro: String, username: String? = nil, errors: [FieldError] = [],
        texts: Texts, notice: String? = nil
    ) {
        func error(_ field: String) -> String? { errors.first { $0.field == field }.map { texts.problem($0.problem) } }
        self.action = action
        self.asksCurrent = asksCurrent
        self.intro = intro
        self.username = username
        currentError = error("current")
        passwordError = error("password")
        repeatedError = error("repeated")
        refused = !errors.isEmpty
        self.notice = notice
    }
}
