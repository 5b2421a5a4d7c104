/// What went wrong, in the reader's language, with the status and the request's id to quote to support.
struct ErrorPage: Sendable {
    var message: String
    var status: Int
    var requestID: String
    /// The page needs sign-in: offer the way there.
    var signInLink: Bool = false
}
