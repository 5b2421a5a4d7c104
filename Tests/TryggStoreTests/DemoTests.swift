import Foundation
import Testing
import TryggCore
import TryggTesting

@testable import TryggStore

@Suite("The demo municipality")
struct DemoTests {
    @Test(arguments: TestEngine.available)
    func twoYearsOfReportsWithAPendingAgendaAndPublishedWeeks(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine, municipality: nil) { database in
            let accounts = try await DemoMunicipality.fill(database, hashing: PlainTestHashing())
            #expect(accounts.map(\.username) == ["samordnare", "granskare", "analytiker", "rapportor", "lasare"])
            let municipality = try await MunicipalityStore(database).require()
            let reports = ReportStore(database, municipalityID: municipality.id)
            let all = try await reports.list(scope: .all, limit: 100_000)
            #expect(all.count > 2_000)
            #expect(all.filter { $0.status == .submitted }.allSatisfy { $0.week == ISOWeek(containing: Date()) })
            #expect(all.allSatisfy { PersonalDataGuard.findings(in: $0.description).isEmpty })
            let lastWeek = ISOWeek(containing: Date()).adding(weeks: -1)
            #expect(try await reports.weeklyPicture(lastWeek).picture.total.count > 20)
            #expect(try await MeetingStore(database, municipalityID: municipality.id).closed().count == 52)
            // A year of problem work: one measure showed its effect, the other cannot claim one.
            let stores = MunicipalityStores(database, municipalityID: municipality.id)
            var verdicts: [EffectVerdict] = []
            for design in try await stores.evaluations.all() {
                if let verdict = try await stores.evaluations.outcome(design).estimate?.verdict {
                    verdicts.append(verdict)
                }
            }
            #expect(verdicts.sorted { $0.rawValue < $1.rawValue } == [.noDetectableChange, .reductionShown])
            #expect(try await stores.problems.all().map(\.priority) == [2, 1])
            #expect(try await stores.decisions.all().count == 6)
            #expect(try await stores.workingGroups.all().map(\.memberIDs.count) == [2])
            await #expect(throws: DemoMunicipality.Failure.self) {
                try await DemoMunicipality.fill(database, hashing: PlainTestHashing())
            }
        }
    }
}
