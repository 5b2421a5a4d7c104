import Foundation
import Hummingbird
import TryggCore

/// JSON answers: every response body of the API (and the health check) goes through one encoder.
enum JSONResponse {
    /// Keys in a stable order and times in ISO 8601 with the Swedish offset (2026-11-25T21:30:00+01:00), as
    /// the reports were entered.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(LocalTime.iso8601(date))
        }
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    static func make(
        _ value: some Encodable, status: HTTPResponse.Status = .ok, contentType: String = "application/json"
    ) throws -> Response {
        Response(
            status: status, headers: [.contentType: contentType, .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(data: try encoder().encode(value)))
        )
    }
}
