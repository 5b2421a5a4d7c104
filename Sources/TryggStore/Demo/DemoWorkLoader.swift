import Foundation
import TryggCore

/// The demo's problems, decisions, measures and evaluations, written through the stores as the people of
/// the demo would have done it over the year (`DemoWork`).
enum DemoWorkLoader {
    static func load(
        _ database: TryggDatabase, municipality: Municipality, users: [String: User], organisations: [String: UUID],
        now: Date
    ) async throws {
        let stores = MunicipalityStores(database, municipalityID: municipality.id)
        let coordinator = users["samordnare"]!, analyst = users["analytiker"]!, caretaker = users["rapportor"]!
        let start = DemoWork.measureStart(now: now)
        let end = start.adding(months: 1)
        func at(_ day: LocalDate, hour: Int = 10) -> Date { day.start.addingTimeInterval(Double(hour) * 3600) }
        let meeting = start.adding(days: -40)

        // The hot spot at Hertsön becomes a problem, is prioritised, analysed and given a measure.
        var problem = try await stores.problems.create(
            ProblemDraft(
                title: "Klotter och skadegörelse vid Hertsö centrum kvällstid", kind: .chronic,
                indicatorCodes: ["vandalism"], areaCodes: ["hertson"], timePattern: "Kvällar, mest fredag och lördag",
                origin: ProblemOrigin(kind: .hotSpot, evidence: "/analysis/hotspots")),
            by: analyst, now: at(meeting.adding(days: -10)))
        problem = try await stores.problems.apply(
            problem.id, .prioritise(priority: 1, decisionID: nil), expectedVersion: problem.version,
            decision: .init(
                forum: .analysisGroup, meetingDate: meeting,
                text:
                    "Klotter och skadegörelse vid Hertsö centrum prioriteras; Tekniska förvaltningen och Lulebo tar fram åtgärder."
            ),
            by: coordinator, now: at(meeting, hour: 14))
        // The same meeting appoints a working group of the municipality, Lulebo and the police for it.
        let group = try await stores.workingGroups.create(
            WorkingGroupDraft(
                name: "Arbetsgrupp Hertsö centrum",
                mandate: "Analysera orsakerna till klottret vid Hertsö centrum och föreslå åtgärder till nästa möte.",
                convenorID: analyst.id, memberIDs: [caretaker.id, users["granskare"]!.id]),
            decision: .init(
                forum: .analysisGroup, meetingDate: meeting,
                text: "Arbetsgrupp Hertsö centrum tillsätts; kommunens analytiker är sammankallande."),
            by: coordinator, now: at(meeting, hour: 15))
        problem = try await stores.problems.apply(
            problem.id, .assign(workingGroupID: group.id), expectedVersion: problem.version, by: coordinator,
            now: at(meeting, hour: 15))
        problem = try await stores.problems.apply(
            problem.id, .startAnalysis, expectedVersion: problem.version, by: analyst, now: at(meeting.adding(days: 2)))
        for (leg, text, certainty) in [
            (
                Cause.Leg.placeGuardian, "Mörk gångtunnel utan insyn; klottret blir kvar i veckor",
                Cause.Certainty.supported
            ),
            (.offender, "Ungdomar samlas kvällstid i centrum utan annan mötesplats", .assumption),
        ] {
            problem = try await stores.problems.apply(
                problem.id,
                .addCause(
                    Cause(leg: leg, text: text, evidence: "EST-rapporter och trygghetsvandring", certainty: certainty)),
                expectedVersion: problem.version, by: analyst, now: at(meeting.adding(days: 3)))
        }
        problem = try await stores.problems.apply(
            problem.id, .plan, expectedVersion: problem.version, by: analyst, now: at(meeting.adding(days: 4)))
        let cleaning = try await measure(
            stores, problem: problem, title: "Klottersanering inom 24 timmar och ny belysning i gångtunneln",
            type: .situational, category: .graffitiRemoval, area: "hertson", organisation: organisations["tekn"]!,
            contact: caretaker, indicators: ["vandalism"], start: start, end: end, cost: 180_000,
            comparison: "ornaset", buffer: "centrum", by: analyst, coordinator: coordinator, meeting: meeting)
        problem = try await stores.problems.apply(
            problem.id, .implement, expectedVersion: problem.version, by: analyst, now: at(start))
        try await carryOut(stores, cleaning, start: start, end: end, cost: 164_500, hours: 120, by: analyst)
        _ = try await stores.measures.apply(
            cleaning.id,
            .logProgress("Tunneln sanerad och tio nya armaturer uppsatta; klotter tas bort inom ett dygn."),
            expectedVersion: nil, by: caretaker, now: at(end.adding(days: 20)))
        problem = try await stores.problems.apply(
            problem.id, .followUp, expectedVersion: problem.version, by: analyst, now: at(end.adding(days: 1)))
        // A social measure still under way and past its plan: the steering group sees it late.
        let nightWalks = try await measure(
            stores, problem: problem, title: "Nattvandring fredagar med föreningarna", type: .social,
            category: .nightWalks, area: "hertson", organisation: organisations["kff"]!, contact: nil,
            indicators: ["vandalism", "gathering"], start: end, end: LocalDate(now).adding(days: -20), cost: 40_000,
            comparison: nil, buffer: nil, by: analyst, coordinator: coordinator, meeting: meeting)
        _ = try await stores.measures.apply(
            nightWalks.id, .start(on: end), expectedVersion: nil, by: analyst, now: at(end))

        // Littering fell at Gammelstad, but as much at Sunderbyn: the clean-up cannot claim it.
        var littering = try await stores.problems.create(
            ProblemDraft(
                title: "Nedskräpning vid busshållplatser och idrottsplatsen i Gammelstad", kind: .recurringLowLevel,
                indicatorCodes: ["unsafe-place"], areaCodes: ["gammelstad"], origin: ProblemOrigin(kind: .weeklyFocus)),
            by: coordinator, now: at(meeting.adding(days: -5)))
        littering = try await stores.problems.apply(
            littering.id, .prioritise(priority: 2, decisionID: nil), expectedVersion: nil,
            decision: .init(
                forum: .analysisGroup, meetingDate: meeting, text: "Nedskräpningen i Gammelstad prioriteras."),
            by: coordinator, now: at(meeting, hour: 14))
        littering = try await stores.problems.apply(
            littering.id, .startAnalysis, expectedVersion: nil, by: analyst, now: at(meeting.adding(days: 2)))
        littering = try await stores.problems.apply(
            littering.id,
            .addCause(
                Cause(leg: .placeGuardian, text: "För få papperskorgar som töms för sällan", certainty: .supported)),
            expectedVersion: nil, by: analyst, now: at(meeting.adding(days: 3)))
        littering = try await stores.problems.apply(
            littering.id, .plan, expectedVersion: nil, by: analyst, now: at(meeting.adding(days: 4)))
        let cleanUp = try await measure(
            stores, problem: littering, title: "Fler papperskorgar och städkampanj med skolorna", type: .mixed,
            category: .clearing, area: "gammelstad", organisation: organisations["tekn"]!, contact: nil,
            indicators: ["unsafe-place"], start: start, end: end, cost: 60_000, comparison: "sunderbyn",
            buffer: nil, by: analyst, coordinator: coordinator, meeting: meeting)
        littering = try await stores.problems.apply(
            littering.id, .implement, expectedVersion: nil, by: analyst, now: at(start))
        try await carryOut(stores, cleanUp, start: start, end: end, cost: 71_000, hours: 60, by: analyst)
        _ = try await stores.problems.apply(
            littering.id, .followUp, expectedVersion: nil, by: analyst, now: at(end.adding(days: 1)))
    }

    /// Proposes a measure, designs its evaluation before it starts, and has the analysis group decide it.
    static func measure(
        _ stores: MunicipalityStores, problem: Problem, title: String, type: MeasureType, category: MeasureCategory,
        area: String, organisation: UUID, contact: User?, indicators: [String], start: LocalDate, end: LocalDate,
        cost: Int, comparison: String?, buffer: String?, by analyst: User, coordinator: User, meeting: LocalDate
    ) async throws -> Measure {
        let proposed = meeting.adding(days: 10).start
        let measure = try await stores.measures.create(
            MeasureDraft(
                problemID: problem.id, title: title, type: type, category: category,
                causeIDs: problem.causes.map(\.id), areaCode: area, organisationID: organisation,
                contactUserID: contact?.id, partners: "Lulebo, Polisen", plannedStart: start, plannedEnd: end,
                expectedEffect: ExpectedEffect(
                    indicatorCodes: indicators, mechanism: "Färre tillfällen och mer tillsyn på platsen",
                    expectedBy: end.adding(months: DemoWork.months)),
                plannedCost: cost),
            by: analyst, now: proposed)
        if let comparison {
            _ = try await stores.evaluations.save(
                EvaluationDesign(
                    measureID: measure.id, treatedArea: area, comparisonArea: comparison, bufferArea: buffer,
                    indicatorCodes: indicators, beforeFrom: start.adding(months: -DemoWork.months), afterFrom: end,
                    months: DemoWork.months, createdBy: analyst.id, createdAt: proposed),
                expectedVersion: 0, by: analyst, now: proposed)
        }
        return try await stores.measures.apply(
            measure.id, .decide(decisionID: nil), expectedVersion: nil,
            decision: .init(
                forum: .analysisGroup, meetingDate: meeting.adding(days: 28), text: "Åtgärden beslutas: \(title)."),
            by: coordinator, now: meeting.adding(days: 28).start.addingTimeInterval(14 * 3600))
    }

    static func carryOut(
        _ stores: MunicipalityStores, _ measure: Measure, start: LocalDate, end: LocalDate, cost: Int, hours: Int,
        by analyst: User
    ) async throws {
        _ = try await stores.measures.apply(
            measure.id, .start(on: start), expectedVersion: nil, by: analyst,
            now: start.start.addingTimeInterval(36_000))
        _ = try await stores.measures.apply(
            measure.id, .complete(on: end.adding(days: -1), fidelity: .full, actualCost: cost, hours: hours),
            expectedVersion: nil, by: analyst, now: end.start.addingTimeInterval(36_000))
    }
}
