import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore

/// A minimal browser over the test client: keeps cookies and posts forms with the page's CSRF token.
struct Browser {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var csrf: String?
    var language: String?

    init(_ client: any TestClientProtocol, language: String? = nil) {
        self.client = client
        self.language = language
    }

    @discardableResult
    mutating func get(_ path: String) async throws -> TestResponse {
        let response = try await client.execute(uri: path, method: .get, headers: headers(), body: nil)
        remember(response)
        return response
    }

    /// Posts a url-encoded form; the page's CSRF token is added unless `csrf` is false.
    @discardableResult
    mutating func post(
        _ path: String, _ fields: [(String, String)], csrf includeToken: Bool = true
    ) async throws -> TestResponse {
        var fields = fields
        if includeToken, let csrf { fields.append(("_csrf", csrf)) }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = headers()
        headers[.contentType] = "application/x-www-form-urlencoded"
        let response = try await client.execute(
            uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    /// Signs in through the form, as a person would.
    mutating func signIn(_ username: String, password: String = testPassword) async throws {
        try await get("/sign-in")
        let response = try await post("/sign-in", [("username", username), ("password", password)])
        precondition(response.status == .seeOther, "sign-in as \(username) failed: \(response.status)")
    }

    private func headers() -> HTTPFields {
        var headers = HTTPFields()
        if !cookies.isEmpty {
            headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        if let language { headers[.acceptLanguage] = language }
        return headers
    }

    private mutating func remember(_ response: TestResponse) {
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";").first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            if header.contains("Max-Age=0") || header.contains("1970") {
                cookies[parts[0]] = nil
            } else {
                cookies[parts[0]] = parts[1]
            }
        }
        let html = String(buffer: response.body)
        if let range = html.range(of: #"name="_csrf" value=""#) {
            csrf = String(html[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var location: String? { headers[.location] }
}
