import Foundation
import Testing

@testable import TryggCore

@Suite("Users and passwords")
struct AccountsTests {
    let organisation = UUID()

    func draft(
        username: String = "anna.a", password: String = "lång-lösen-1", roles: Set<Role> = [.reporter]
    ) -> UserDraft {
        UserDraft(
            username: username, displayName: "Anna A", organisationID: organisation, roles: roles, password: password)
    }

    @Test func aValidNewUserHasNoErrors() {
        #expect(draft().validate(creating: true).isEmpty)
    }

    @Test func everyMissingFieldIsReportedAtOnce() {
        let errors = UserDraft(username: "", displayName: " ", organisationID: nil, roles: [], password: "").validate(
            creating: true)
        #expect(Set(errors.map(\.field)) == ["username", "displayName", "organisation", "roles", "password"])
    }

    @Test(arguments: ["Anna", "a", "anna a", "åsa", String(repeating: "x", count: 41)])
    func usernamesOutsideTheSafeAlphabetAreRefused(_ name: String) {
        #expect(draft(username: name).validate(creating: true).contains(.init("username", .usernameFormat)))
    }

    @Test func passwordsShorterThanTenCharactersAreRefused() {
        #expect(draft(password: "kort").validate(creating: true) == [.init("password", .passwordTooShort)])
    }

    @Test func passwordsLongerThanBcryptReadsAreRefused() {
        #expect(PasswordPolicy.problem(with: String(repeating: "å", count: 40)) == .passwordTooLong)
    }

    @Test func editingWithAnEmptyPasswordKeepsTheOldOne() {
        #expect(draft(password: "").validate(creating: false).isEmpty)
    }

    @Test func rolesAreListedFromTheWidestReach() {
        let user = User(
            id: UUID(), username: "u", displayName: "U", organisationID: organisation,
            roles: [.reader, .coordinator, .reporter])
        #expect(user.sortedRoles == [.coordinator, .reporter, .reader])
        #expect(user.hasAny(of: [.reviewer, .reader]))
        #expect(!user.has(.analyst))
    }

    @Test func accessTokensCarryThePrefixAnd256Bits() {
        let token = AccessTokenFormat.generate()
        #expect(token.hasPrefix("trygg_"))
        #expect(token.count == "trygg_".count + 43)
        #expect(AccessTokenFormat.looksLikeToken(token))
        #expect(!AccessTokenFormat.looksLikeToken("Bearer abc"))
        #expect(token != AccessTokenFormat.generate())
    }
}
