import Foundation
import HummingbirdTesting
import Testing

extension Browser {
    /// Submits a report of last week (`ReportPagesTests.fields`) through the form; returns its page's path.
    mutating func submitReport(_ description: String) async throws -> String {
        try await get("/reports/new")
        let response = try await post("/reports/new", ReportPagesTests.fields(description))
        return try #require(
            response.location?.components(separatedBy: "?").first, "the report was not filed: \(response.status)")
    }
}

extension Browser {
    /// A browser signed in as a test user (the username is the role's name).
    static func signedIn(_ client: any TestClientProtocol, _ username: String) async throws -> Browser {
        var browser = Browser(client)
        try await browser.signIn(username)
        return browser
    }
}
