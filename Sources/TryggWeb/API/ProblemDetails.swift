import Foundation
import Hummingbird
import TryggCore

/// An RFC 9457 problem document, the body of every API error.
struct ProblemDetails: Encodable {
    var type: String
    var title: String
    var status: Int
    var detail: String
    var errors: [Field]?
    var retryAfterSeconds: Int?
    /// Personal data found in a refused report: kind and character range in the text.
    var findings: [PersonalDataFinding]?
    var requestId: String

    struct Field: Encodable {
        var field: String
        var problem: String
        var message: String
    }

    init(_ appError: AppError?, error: any Error, texts: Texts, requestID: String) {
        let status = appError?.status ?? .internalServerError
        self.status = status.code
        self.title = status.reasonPhrase
        self.requestId = requestID
        self.type = "about:blank"
        switch appError {
        case .invalid(let fields):
            detail = texts["error_invalid"]
            errors = fields.map {
                Field(field: $0.field, problem: $0.problem.rawValue, message: texts.problem($0.problem))
            }
        case .refusedReport(let validation):
            detail = texts["error_invalid"]
            errors = validation.errors.map {
                Field(field: $0.field, problem: $0.problem.rawValue, message: texts.problem($0.problem))
            }
            let found = validation.findings.filter(\.blocks)
            findings = found.isEmpty ? nil : found
        case .badRequest(let message):
            detail = message
        case .throttled(let seconds):
            detail = texts["error_throttled"]
            retryAfterSeconds = seconds
        case .some(let known):
            detail = texts[known.messageKey]
        case nil:
            detail = texts["error_internal"]
        }
    }

    func response() -> Response {
        let data = (try? JSONResponse.encoder().encode(self)) ?? Data()
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        if let retryAfterSeconds { headers[.retryAfter] = String(retryAfterSeconds) }
        return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(data: data)))
    }
}
