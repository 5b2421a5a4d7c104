import Foundation
import Hummingbird
import TryggCore

/// A CSV download as Swedish spreadsheets open it: semicolons, CRLF and a byte-order mark so Excel reads the
/// Swedish characters as UTF-8.
enum CSVFile {
    static func response(header: String, rows: [[String]], file: String) -> Response {
        let lines = [header] + rows.map { $0.map { CSV.field($0, separator: ";") }.joined(separator: ";") }
        let body = "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"\(file)\"",
            ],
            body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
