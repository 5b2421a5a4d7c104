import FluentKit
import Foundation
import SQLKit
import Testing
import TryggCore
import TryggTesting

@testable import TryggStore

/// Two people changing one report at the same moment: exactly one wins, the other is told (a conflict),
/// and the history holds exactly the change that won.
@Suite("One life cycle for every change of a report")
struct ReportLifeCycleTests {
    typealias Fixture = ReportStoreTests.Fixture

    /// Runs both writers at once and returns which of them succeeded; anything but a conflict fails the test.
    static func race(
        _ first: @escaping @Sendable () async throws -> Void, _ second: @escaping @Sendable () async throws -> Void
    ) async throws -> [Bool] {
        func outcome(_ writer: @escaping @Sendable () async throws -> Void) async throws -> Bool {
            do {
                try await writer()
                return true
            } catch StoreError.conflict {
                return false
            }
        }
        async let a = outcome(first)
        async let b = outcome(second)
        return try await [a, b]
    }

    @Test(arguments: TestEngine.available)
    func aReportersEditAndAReviewersDecisionAtOnceHaveOneWinner(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            for round in 0..<6 {
                let report = try await fixture.reports.submit(fixture.draft("Klotter \(round)"), by: fixture.reporter)
                let won = try await Self.race(
                    {
                        _ = try await fixture.reports.edit(
                            report.id, with: fixture.draft("Klotter \(round), två tags"), by: fixture.reporter,
                            expectedVersion: report.version)
                    },
                    {
                        _ = try await fixture.reports.decide(
                            report.id, .approve, comment: nil, by: fixture.reviewer, expectedVersion: report.version)
                    }
                )
                #expect(won.filter { $0 }.count == 1, "round \(round): \(won)")
                let stored = try #require(try await fixture.reports.find(report.id, scope: .all))
                let history = try await fixture.reports.history(of: report.id).map(\.action)
                #expect(stored.version == 2)
                if won[0] {
                    #expect(stored.status == .submitted && stored.description == "Klotter \(round), två tags")
                    #expect(history == [.created, .edited])
                } else {
                    #expect(
                        stored.status == .approved && stored.description == "Klotter \(round)",
                        "the edit did not overwrite the decision")
                    #expect(history == [.created, .approved])
                }
            }
        }
    }

    @Test(arguments: TestEngine.available)
    func twoReviewersDecidingAtOnceGiveOneDecision(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            for round in 0..<6 {
                let report = try await fixture.reports.submit(fixture.draft("Klotter \(round)"), by: fixture.reporter)
                // Neither says which version it saw (a bulk decision at the meeting): the status rule decides.
                let won = try await Self.race(
                    { _ = try await fixture.reports.decide(report.id, .approve, comment: nil, by: fixture.reviewer) },
                    {
                        _ = try await fixture.reports.decide(
                            report.id, .return, comment: "Vilken tunnel?", by: fixture.otherReviewer)
                    }
                )
                #expect(won.filter { $0 }.count == 1, "round \(round): \(won)")
                let history = try await fixture.reports.history(of: report.id).map(\.action)
                #expect(history == [.created, won[0] ? .approved : .returned])
                #expect(try await fixture.reports.find(report.id, scope: .all)?.version == 2)
            }
        }
    }

    @Test(arguments: TestEngine.available)
    func aCorrectionAndAMergeAtOnceHaveOneWinner(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            for round in 0..<6 {
                let kept = try await fixture.reports.submit(fixture.draft("Klotter \(round)"), by: fixture.reporter)
                let duplicate = try await fixture.reports.submit(
                    fixture.draft("Samma klotter \(round)"), by: fixture.reporter)
                let won = try await Self.race(
                    {
                        _ = try await fixture.reports.correct(
                            duplicate.id, with: fixture.draft("Samma klotter \(round), rättad"),
                            by: fixture.reviewer, expectedVersion: duplicate.version)
                    },
                    {
                        try await fixture.reports.merge(
                            duplicate.id, into: kept.id, by: fixture.otherReviewer, expectedVersion: duplicate.version)
                    }
                )
                #expect(won.filter { $0 }.count == 1, "round \(round): \(won)")
                let stored = try #require(try await fixture.reports.find(duplicate.id, scope: .all))
                let history = try await fixture.reports.history(of: duplicate.id).map(\.action)
                if won[0] {
                    #expect(stored.status == .submitted)
                    #expect(history == [.created, .edited, .redacted])
                } else {
                    #expect(stored.status == .merged && stored.description == "Samma klotter \(round)")
                    #expect(history == [.created, .merged])
                }
            }
        }
    }

    @Test(arguments: TestEngine.available)
    func anEditFromAFormOpenedBeforeADecisionChangesNothing(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            let report = try await fixture.reports.submit(fixture.draft(), by: fixture.reporter)
            _ = try await fixture.reports.correct(
                report.id, with: fixture.draft("Klotter, rättad av granskaren"), by: fixture.reviewer,
                expectedVersion: report.version)
            await #expect(throws: StoreError.conflict("report")) {
                try await fixture.reports.edit(
                    report.id, with: fixture.draft("Reporterns gamla formulär"), by: fixture.reporter,
                    expectedVersion: report.version)
            }
            #expect(
                try await fixture.reports.find(report.id, scope: .all)?.description == "Klotter, rättad av granskaren")
            _ = try await fixture.reports.decide(report.id, .approve, comment: nil, by: fixture.reviewer)
            await #expect(throws: StoreError.conflict("report")) {
                try await fixture.reports.edit(report.id, with: fixture.draft("Ännu en ändring"), by: fixture.reporter)
            }
            #expect(
                try await fixture.reports.history(of: report.id).map(\.action) == [
                    .created, .edited, .redacted, .approved,
                ])
        }
    }

    @Test(arguments: TestEngine.available)
    func aStatusTheCodeDoesNotKnowIsAnErrorNotASubmittedReport(_ engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Fixture(database)
            let report = try await fixture.reports.submit(fixture.draft(), by: fixture.reporter)
            try await (database.db as! any SQLDatabase).update("reports").set("status", to: "archived").where(
                "id", .equal, report.id
            ).run()
            await #expect(throws: StoreError.corrupt("report \(report.id) has status 'archived'")) {
                try await fixture.reports.find(report.id, scope: .all)
            }
            await #expect(throws: StoreError.corrupt("report \(report.id) has status 'archived'")) {
                try await fixture.reports.decide(report.id, .approve, comment: nil, by: fixture.reviewer)
            }
        }
    }
}
