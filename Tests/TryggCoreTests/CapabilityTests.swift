import Foundation
import Testing
import TryggCore

@Suite("What each role may do")
struct CapabilityTests {
    func user(_ roles: Set<Role>, restricted: Bool = false) -> User {
        User(
            id: UUID(), username: "u", displayName: "U", organisationID: UUID(), roles: roles,
            restrictedAccess: restricted)
    }

    @Test func eachRoleGrantsItsDutiesAndEveryoneReadsThePublishedPicture() {
        #expect(user([.reporter]).capabilities == [.report, .readPublished])
        #expect(user([.reviewer]).capabilities == [.review, .readPublished, .propose])
        #expect(user([.analyst]).capabilities == [.analyse, .readPublished, .propose, .plan])
        #expect(user([.reader]).capabilities == [.readPublished])
        #expect(
            user([.coordinator]).capabilities == [
                .review, .analyse, .administer, .readPublished, .propose, .plan, .decide,
            ])
    }

    @Test func theRestrictedPlanIsAGrantNotARole() {
        #expect(!user([.coordinator]).can(.restricted))
        #expect(user([.reader], restricted: true).can(.restricted))
    }

    @Test func severalRolesAddUp() {
        #expect(user([.reviewer, .reporter]).capabilities == [.report, .review, .readPublished, .propose])
        #expect(ReportScope.of(user([.reviewer, .reporter])) == .all)
    }
}
