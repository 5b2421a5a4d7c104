import Foundation
import Testing
import TryggCore
import TryggTesting

@testable import TryggStore

@Suite("Users and organisations in storage")
struct AccountStoreTests {
    struct Fixture {
        let municipality: Municipality
        let organisations: OrganisationStore
        let users: UserStore
        let police: Organisation

        init(_ database: TryggDatabase) async throws {
            municipality = try await MunicipalityStore(database).require()
            organisations = OrganisationStore(database, municipalityID: municipality.id)
            users = UserStore(database, municipalityID: municipality.id, hashing: PlainTestHashing())
            police = try await organisations.create(OrganisationDraft(code: "polisen", name: "Polisen", kind: .police))
        }

        func draft(_ username: String, roles: Set<Role> = [.reporter]) -> UserDraft {
            UserDraft(
                username: username, displayName: "Namn", organisationID: police.id, roles: roles,
                password: "tio-tecken-minst")
        }
    }

    @Test(arguments: TestEngine.available)
    func anOrganisationCodeIsUniqueWithinTheMunicipality(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            await #expect(throws: ValidationFailure([.init("code", .taken)])) {
                try await fixture.organisations.create(OrganisationDraft(code: "polisen", name: "Annan", kind: .other))
            }
            #expect(try await fixture.organisations.all().count == 1)
        }
    }

    @Test(arguments: TestEngine.available)
    func aUserSignsInWithTheRightPasswordOnly(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            let created = try await fixture.users.create(fixture.draft("gustav", roles: [.reviewer, .reporter]))
            #expect(try await fixture.users.authenticate(username: "gustav", password: "tio-tecken-minst") == created)
            #expect(try await fixture.users.authenticate(username: "gustav", password: "fel-lösenord") == nil)
            #expect(try await fixture.users.authenticate(username: "okänd", password: "tio-tecken-minst") == nil)
            #expect(created.roles == [.reviewer, .reporter])
        }
    }

    @Test(arguments: TestEngine.available)
    func aDeactivatedUserCannotSignInButIsKept(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            let user = try await fixture.users.create(fixture.draft("lena"))
            try await fixture.users.setActive(user.id, false)
            #expect(try await fixture.users.authenticate(username: "lena", password: "tio-tecken-minst") == nil)
            #expect(try await fixture.users.find(user.id)?.active == false)
        }
    }

    @Test(arguments: TestEngine.available)
    func usernamesAreUniqueAndTheStoredUsersAreUntouchedByARefusedCreate(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            try await fixture.users.create(fixture.draft("anna"))
            await #expect(throws: ValidationFailure([.init("username", .taken)])) {
                try await fixture.users.create(fixture.draft("anna", roles: [.coordinator]))
            }
            #expect(try await fixture.users.all().map(\.roles) == [[.reporter]])
        }
    }

    @Test(arguments: TestEngine.available)
    func editingWithoutAPasswordKeepsTheOldOne(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            let user = try await fixture.users.create(fixture.draft("rasmus"))
            var draft = fixture.draft("rasmus", roles: [.reporter, .analyst])
            draft.password = ""
            try await fixture.users.update(user.id, with: draft)
            #expect(
                try await fixture.users.authenticate(username: "rasmus", password: "tio-tecken-minst")?.roles == [
                    .reporter, .analyst,
                ])
        }
    }

    @Test(arguments: TestEngine.available)
    func aUserMustBelongToAnOrganisationOfTheMunicipality(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            var draft = fixture.draft("nils")
            draft.organisationID = UUID()
            await #expect(throws: ValidationFailure([.init("organisation", .unknown)])) {
                try await fixture.users.create(draft)
            }
        }
    }
}
