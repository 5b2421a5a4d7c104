import Foundation
import Hummingbird
import Logging
import TryggCore
import TryggStore

extension AppError {
    /// Maps the errors of the lower layers onto the web's.
    /// Maps the errors of the lower layers onto the web's; one it does not know is a server error, logged
    /// with everything it says (the reader sees only the request id).
    static func classify(_ error: any Error, logger: Logger) -> AppError? {
        let known = classify(error)
        if known == nil { logger.error("request failed: \(String(reflecting: error))") }
        return known
    }

    static func classify(_ error: any Error) -> AppError? {
        switch error {
        case let error as AppError: return error
        case let failure as ValidationFailure: return .invalid(failure.errors)
        case let refusal as ReportRefusal: return .refusedReport(refusal.validation)
        case StoreError.conflict: return .conflict
        case StoreError.notFound: return .notFound
        case let error as HTTPError where error.status == .notFound: return .notFound
        case let error as HTTPError where error.status == .unauthorized: return .unauthenticated
        case let error as HTTPError where error.status.code < 500:
            return .badRequest(error.body ?? error.status.reasonPhrase)
        default: return nil
        }
    }
}

extension AppError: Equatable {
    public static func == (lhs: AppError, rhs: AppError) -> Bool {
        lhs.messageKey == rhs.messageKey
    }
}
