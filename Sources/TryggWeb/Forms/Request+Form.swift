import Foundation
import Hummingbird
import NIOFoundationCompat

extension Request {
    /// The largest form or JSON body Trygg accepts.
    static let maxBodySize = 1 << 20

    /// Reads a url-encoded form body (the CSRF check has usually collected it already).
    public mutating func form() async throws -> FormData {
        let buffer = try await collectBody(upTo: Self.maxBodySize)
        return FormData(String(buffer: buffer))
    }

    /// Decodes a JSON body, turning malformed JSON into a 400 with the decoder's reason.
    public mutating func json<T: Decodable>(
        _ type: T.Type, dates: JSONDecoder.DateDecodingStrategy = .deferredToDate
    ) async throws -> T {
        let buffer = try await collectBody(upTo: Self.maxBodySize)
        do {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = dates
            return try decoder.decode(T.self, from: Data(buffer: buffer))
        } catch {
            throw AppError.badRequest("The request body is not the JSON this endpoint expects: \(error)")
        }
    }
}
