import Hummingbird
import TryggCore

/// Errors that routes raise; rendered once, as an HTML page for the web and problem+json for the API.
public enum AppError: Error, Sendable {
    case unauthenticated
    case forbidden
    case notFound
    case csrfMismatch
    case invalid([FieldError])
    case badRequest(String)
    case throttled(retryAfterSeconds: Int)
    /// A report draft refused for its fields or the personal data in it.
    case refusedReport(ReportValidation)
    /// Someone else changed the record first (409).
    case conflict

    public var status: HTTPResponse.Status {
        switch self {
        case .unauthenticated: .unauthorized
        case .forbidden, .csrfMismatch: .forbidden
        case .notFound: .notFound
        case .invalid, .refusedReport: .unprocessableContent
        case .conflict: .conflict
        case .badRequest: .badRequest
        case .throttled: .tooManyRequests
        }
    }

    /// The string-catalogue key of the sentence shown to people.
    public var messageKey: String {
        switch self {
        case .unauthenticated: "error_unauthenticated"
        case .forbidden: "error_forbidden"
        case .notFound: "error_not_found"
        case .csrfMismatch: "error_csrf"
        case .invalid, .refusedReport: "error_invalid"
        case .conflict: "problem_changedMeanwhile"
        case .badRequest: "error_bad_request"
        case .throttled: "error_throttled"
        }
    }
}

extension AppRequestContext {
    /// The signed-in user, or `unauthenticated`.
    public func requireUser() throws -> SignedInUser {
        guard let identity else { throw AppError.unauthenticated }
        return identity
    }
}
