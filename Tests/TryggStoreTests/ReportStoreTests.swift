import Foundation
import Testing
import TryggCore
import TryggTesting

@testable import TryggStore

@Suite("Reports in storage")
struct ReportStoreTests {
    struct Fixture {
        let reports: ReportStore
        let reporter: User
        let reviewer: User
        let otherReviewer: User

        init(_ database: TryggDatabase) async throws {
            let municipality = try await MunicipalityStore(database).require()
            let organisation = try await OrganisationStore(database, municipalityID: municipality.id)
                .create(OrganisationDraft(code: "lulebo", name: "Lulebo", kind: .housing))
            let users = UserStore(database, municipalityID: municipality.id, hashing: PlainTestHashing())
            func user(_ name: String, _ role: Role) async throws -> User {
                try await users.create(
                    UserDraft(
                        username: name, displayName: name, organisationID: organisation.id, roles: [role],
                        password: "tio-tecken-minst"))
            }
            reporter = try await user("rasmus", .reporter)
            reviewer = try await user("gustav", .reviewer)
            otherReviewer = try await user("greta", .reviewer)
            reports = ReportStore(database, municipalityID: municipality.id)
        }

        func draft(_ description: String = "Klotter på gångtunneln") -> ReportDraft {
            ReportDraft(
                indicatorCode: "vandalism", subtypeCode: "graffiti", occurredAt: Date().addingTimeInterval(-7200),
                latitude: 65.617, longitude: 22.138, description: description)
        }
    }

    @Test(arguments: TestEngine.available)
    func aSubmittedReportGetsItsAreaFromItsPointAndAHistory(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            let report = try await fixture.reports.submit(fixture.draft(), by: fixture.reporter)
            #expect(report.status == .submitted)
            #expect(report.areaCode == "porson")
            #expect(try await fixture.reports.history(of: report.id).map(\.action) == [.created])
        }
    }

    @Test(arguments: TestEngine.available)
    func personalDataIsRefusedAndNothingIsStored(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            await #expect(throws: ReportRefusal.self) {
                try await fixture.reports.submit(fixture.draft("Ring 070-123 45 67"), by: fixture.reporter)
            }
            #expect(try await fixture.reports.list(scope: .all).isEmpty)
        }
    }

    @Test(arguments: TestEngine.available)
    func eachRoleSeesOnlyItsScope(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            let approved = try await fixture.reports.submit(fixture.draft(), by: fixture.reporter)
            _ = try await fixture.reports.submit(fixture.draft("Trasig belysning"), by: fixture.reviewer)
            _ = try await fixture.reports.decide(approved.id, .approve, comment: nil, by: fixture.reviewer)
            #expect(try await fixture.reports.list(scope: .own(fixture.reporter.id)).map(\.id) == [approved.id])
            #expect(try await fixture.reports.list(scope: .all).count == 2)
            #expect(try await fixture.reports.list(scope: .approved).map(\.id) == [approved.id])
            #expect(try await fixture.reports.list(scope: .published).isEmpty)
        }
    }

    @Test(arguments: TestEngine.available)
    func ofTwoReviewersDecidingAtOnceOneWinsAndTheOtherIsTold(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            let report = try await fixture.reports.submit(fixture.draft(), by: fixture.reporter)
            let first = try await fixture.reports.decide(
                report.id, .approve, comment: nil, by: fixture.reviewer, expectedVersion: report.version)
            #expect(first.status == .approved)
            await #expect(throws: StoreError.conflict("report")) {
                try await fixture.reports.decide(
                    report.id, .reject, comment: "Dubblett", by: fixture.otherReviewer, expectedVersion: report.version)
            }
            #expect(try await fixture.reports.find(report.id, scope: .all)?.status == .approved)
        }
    }

    @Test(arguments: TestEngine.available)
    func concurrentDecisionsLeaveExactlyOneEvent(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            let report = try await fixture.reports.submit(fixture.draft(), by: fixture.reporter)
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for reviewer in [fixture.reviewer, fixture.otherReviewer, fixture.reviewer, fixture.otherReviewer] {
                    group.addTask {
                        (try? await fixture.reports.decide(report.id, .approve, comment: nil, by: reviewer)) != nil
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await fixture.reports.history(of: report.id).map(\.action) == [.created, .approved])
        }
    }

    @Test(arguments: TestEngine.available)
    func aReturnedReportIsCompletedAndResubmittedByItsReporter(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            let report = try await fixture.reports.submit(fixture.draft("Klotter"), by: fixture.reporter)
            await #expect(throws: ValidationFailure([.init("comment", .required)])) {
                try await fixture.reports.decide(report.id, .return, comment: " ", by: fixture.reviewer)
            }
            let returned = try await fixture.reports.decide(
                report.id, .return, comment: "Vilken vägg?", by: fixture.reviewer)
            #expect(returned.reviewComment == "Vilken vägg?")
            await #expect(throws: StoreError.notFound("report")) {
                try await fixture.reports.edit(report.id, with: fixture.draft("Annat"), by: fixture.reviewer)
            }
            let resubmitted = try await fixture.reports.edit(
                report.id, with: fixture.draft("Klotter på tunnelns norra vägg"), by: fixture.reporter)
            #expect(resubmitted.status == .submitted)
            #expect(
                try await fixture.reports.history(of: report.id).map(\.action) == [.created, .returned, .resubmitted])
            _ = try await fixture.reports.decide(report.id, .approve, comment: nil, by: fixture.reviewer)
            await #expect(throws: StoreError.conflict("report")) {
                try await fixture.reports.edit(report.id, with: fixture.draft("Sent ändrad"), by: fixture.reporter)
            }
        }
    }

    @Test(arguments: TestEngine.available)
    func reportsAreFilteredByWeekAreaAndIndicator(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            let report = try await fixture.reports.submit(fixture.draft(), by: fixture.reporter)
            #expect(
                try await fixture.reports.list(
                    scope: .all, filter: .init(week: report.week, areaCode: "porson", indicatorCode: "vandalism")
                ).count == 1)
            #expect(
                try await fixture.reports.list(scope: .all, filter: .init(week: report.week.adding(weeks: -1))).isEmpty)
            #expect(try await fixture.reports.list(scope: .all, filter: .init(status: .approved)).isEmpty)
        }
    }

    @Test(arguments: TestEngine.available)
    func aNewIndicatorCanBeReportedAtOnceDespiteTheCatalogueCache(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            _ = try await fixture.reports.submit(fixture.draft(), by: fixture.reporter)
            let municipality = try await MunicipalityStore(database).require()
            try await IndicatorStore(database, municipalityID: municipality.id)
                .create(
                    IndicatorDraft(
                        code: "fireworks", nameSv: "Fyrverkerier", nameEn: "Fireworks", asksForPeopleCount: false,
                        subtypeLines: ""))
            var draft = fixture.draft()
            draft.indicatorCode = "fireworks"
            draft.subtypeCode = nil
            #expect(try await fixture.reports.submit(draft, by: fixture.reporter).indicatorCode == "fireworks")
        }
    }
}
