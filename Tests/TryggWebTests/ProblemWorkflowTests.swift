import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

/// From a hot spot to a measure with its evaluation, as an analyst, a coordinator and a responsible contact
/// do it in the pages; and the same guards through the API.
@Suite("Problems, measures and their evaluation")
struct ProblemWorkflowTests {
    let api = ReportsAPITests()

    static func id(from location: String?, after prefix: String) throws -> String {
        let location = try #require(location)
        #expect(location.hasPrefix(prefix), "\(location)")
        return String(location.dropFirst(prefix.count).prefix(36))
    }

    @Test(arguments: TestEngine.available)
    func anEmergingHotSpotBecomesAPrioritisedProblemWithAMeasureAndItsEvaluation(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var analyst = try await Browser.signedIn(client, "analyst")
            let form = try await analyst.get(
                "/problems/new?origin=emerging_hot_spot&evidence=/analysis/emerging&indicator=disorder&area=bjorkskatan"
            )
            #expect(form.status == .ok)
            #expect(form.text.contains(#"value="disorder" checked"#))
            let refused = try await analyst.post(
                "/problems/new", [("title", ""), ("kind", "chronic"), ("origin", "emerging_hot_spot")])
            #expect(refused.status == .unprocessableContent)
            let created = try await analyst.post(
                "/problems/new",
                [
                    ("title", "Misstänkt langning vid parkeringen i Björkskatan kvällstid"), ("kind", "spike"),
                    ("indicators", "disorder"), ("areas", "bjorkskatan"), ("origin", "emerging_hot_spot"),
                    ("evidence", "/analysis/emerging"),
                ])
            let problem = try Self.id(from: created.location, after: "/problems/")
            let step = "/problems/\(problem)/step"
            #expect(try await analyst.post(step, [("action", "prioritise"), ("priority", "1")]).status == .forbidden)
            let early = try await analyst.post(step, [("action", "analyse"), ("version", "1")])
            #expect(early.status == .unprocessableContent)
            #expect(early.text.contains("kräver ett beslut av beredningsgruppen eller styrgruppen"))

            var coordinator = try await Browser.signedIn(client, "coordinator")
            try await coordinator.get("/")
            let prioritised = try await coordinator.post(
                step,
                [
                    ("action", "prioritise"), ("version", "1"), ("priority", "1"), ("forum", "analysis_group"),
                    ("meetingDate", "2026-11-12"), ("decision", "Langningen i Björkskatan prioriteras."),
                ])
            #expect(prioritised.status == .seeOther)
            #expect(try await coordinator.get("/decisions").text.contains("§1"))
            try await coordinator.get("/decisions/minutes?forum=analysis_group&date=2026-11-12")
            #expect(
                try await coordinator.post(
                    "/decisions/minutes",
                    [
                        ("forum", "analysis_group"), ("meetingDate", "2026-11-12"), ("participants", "klf"),
                        ("notes", "Genomgång av månadens lägesbild."),
                    ]
                ).status == .seeOther)
            let minutes = try await coordinator.get("/decisions").text
            #expect(
                minutes.contains("Kommunledningsförvaltningen") && minutes.contains("Genomgång av månadens lägesbild."))
            #expect(try await analyst.post(step, [("action", "analyse"), ("version", "1")]).status == .conflict)
            #expect(try await analyst.post(step, [("action", "analyse"), ("version", "2")]).status == .seeOther)
            let noCause = try await analyst.post(step, [("action", "plan"), ("version", "3")])
            #expect(noCause.text.contains("kräver minst en orsak"))
            _ = try await analyst.post(
                step,
                [
                    ("action", "add_cause"), ("version", "3"), ("leg", "place_guardian"),
                    ("text", "Skymd parkering utan belysning"), ("certainty", "supported"),
                ])
            #expect(try await analyst.post(step, [("action", "plan"), ("version", "4")]).status == .seeOther)

            let reporter = try #require(try await accounts.users.find(username: "reporter"))
            let problemID = try #require(UUID(uuidString: problem))
            let cause = try #require(
                try await ProblemStore(accounts.database, municipalityID: accounts.municipality.id)
                    .find(problemID)?.causes.first)
            let proposed = try await analyst.post(
                "/problems/\(problem)/measures/new",
                [
                    ("title", "Belysning och röjning vid parkeringen"), ("type", "situational"),
                    ("category", "lighting"), ("causes", cause.id.uuidString), ("area", "bjorkskatan"),
                    ("organisation", accounts.organisation.id.uuidString), ("contact", reporter.id.uuidString),
                    ("plannedStart", "2026-12-01"), ("plannedEnd", "2026-12-31"), ("direction", "decrease"),
                    ("outcomeIndicators", "disorder"), ("mechanism", "Ljus och insyn"), ("plannedCost", "12 000"),
                ])
            let measure = try Self.id(from: proposed.location, after: "/measures/")
            let design: [(String, String)] = [
                ("treatedArea", "bjorkskatan"), ("comparisonArea", "hertson"), ("indicators", "disorder"),
                ("beforeFrom", "2025-12-01"), ("afterFrom", "2027-01-01"), ("months", "12"), ("minEvents", "10"),
            ]
            #expect(
                try await analyst.post("/measures/\(measure)/evaluation/design", design + [("version", "0")]).status
                    == .seeOther)
            let measureStep = "/measures/\(measure)/step"
            #expect(
                try await analyst.post(measureStep, [("action", "start"), ("actualStart", "2026-12-01")]).status
                    == .unprocessableContent)
            #expect(
                try await coordinator.post(
                    measureStep,
                    [
                        ("action", "decide"), ("version", "1"), ("forum", "analysis_group"),
                        ("meetingDate", "2026-11-26"), ("decision", "Belysningen beslutas."),
                    ]
                ).status == .seeOther)
            #expect(
                try await analyst.post(
                    measureStep, [("action", "start"), ("version", "2"), ("actualStart", "2026-12-01")]
                )
                .status == .seeOther)
            // After the start a changed design is a new version, and it says so.
            _ = try await analyst.post(
                "/measures/\(measure)/evaluation/design",
                design.map { $0.0 == "comparisonArea" ? ("comparisonArea", "centrum") : $0 } + [("version", "1")])
            let evaluation = try await analyst.get("/measures/\(measure)/evaluation").text
            #expect(evaluation.contains("Upplägg v2") && evaluation.contains("ändrad efter start"))
            #expect(evaluation.contains("Efter-perioden har inte börjat"))

            var contact = try await Browser.signedIn(client, "reporter")
            try await contact.get("/")
            #expect(
                try await contact.post(
                    "/measures/\(measure)/progress", [("action", "progress"), ("text", "Armaturerna beställda")]
                ).status == .seeOther)
            var reader = try await Browser.signedIn(client, "reader")
            try await reader.get("/")
            #expect(
                try await reader.post("/measures/\(measure)/progress", [("action", "progress"), ("text", "Hej")])
                    .status == .forbidden)
            #expect(
                try await contact.post("/measures/\(measure)/progress", [("action", "cancel"), ("reason", "Nej")])
                    .status == .forbidden, "the contact logs progress and takes no other step")
            let page = try await analyst.get("/measures/\(measure)").text
            #expect(page.contains("Armaturerna beställda"))
            #expect(try await reader.get("/steering").status == .ok)
            #expect(try await reader.get("/measures.csv").text.contains("Belysning och röjning vid parkeringen"))
        }
    }

    @Test(arguments: TestEngine.available)
    func theAPIRefusesAGuardWithProblemJSONAndAStaleVersionWithAConflict(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let analyst = try await api.token(client, "analyst")
            let created = try await api.call(
                client, .post, "/api/v1/problems", token: analyst,
                body: #"{"title":"Skadegörelse på skolgården helger","indicators":["vandalism"],"areas":["porson"]}"#)
            #expect(created.status == .created)
            let id = try #require(try api.json(created)["id"] as? String)
            let closing = try await api.call(
                client, .post, "/api/v1/problems/\(id)/steps", token: analyst,
                body: #"{"action":"close","outcome":"rejected","version":1}"#)
            #expect(closing.status == .unprocessableContent)
            #expect(closing.headers[.contentType] == "application/problem+json")
            let errors = try #require(try api.json(closing)["errors"] as? [[String: Any]])
            #expect(errors.first?["field"] as? String == "reason")
            let prioritise = try await api.call(
                client, .post, "/api/v1/problems/\(id)/steps", token: analyst,
                body: #"{"action":"prioritise","priority":1,"version":1}"#)
            #expect(prioritise.status == .forbidden)
            let coordinator = try await api.token(client, "coordinator")
            let decided = try await api.call(
                client, .post, "/api/v1/problems/\(id)/steps", token: coordinator,
                body:
                    #"{"action":"prioritise","priority":2,"version":1,"forum":"steering_group","meetingDate":"2026-11-20","decision":"Prioriteras"}"#
            )
            #expect(decided.status == .ok)
            #expect(try api.json(decided)["status"] as? String == "prioritised")
            let stale = try await api.call(
                client, .post, "/api/v1/problems/\(id)/steps", token: analyst,
                body: #"{"action":"analyse","version":1}"#)
            #expect(stale.status == .conflict)
            let history = try await api.call(client, .get, "/api/v1/problems/\(id)/history", token: analyst)
            let actions = try #require(
                try JSONSerialization.jsonObject(with: Data(buffer: history.body)) as? [[String: Any]]
            ).compactMap { $0["action"] as? String }
            #expect(actions == ["proposed", "prioritised"])
            let decisions = try await api.call(client, .get, "/api/v1/decisions", token: analyst)
            #expect(String(buffer: decisions.body).contains("Prioriteras"))
        }
    }

    @Test(arguments: TestEngine.available)
    func aWorkingGroupsMembersEditTheirGroupsProblemAndNobodyElses(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            let stores = MunicipalityStores(accounts.database, municipalityID: accounts.municipality.id)
            let analyst = try #require(try await accounts.users.find(username: "analyst"))
            let member = try #require(try await accounts.users.find(username: "reporter"))
            let raised = try await stores.problems.create(
                ProblemDraft(title: "Klotter i gångtunneln vid Porsön", indicatorCodes: ["vandalism"]), by: analyst)
            let coordinatorUser = try #require(try await accounts.users.find(username: "coordinator"))
            _ = try await stores.problems.apply(
                raised.id, .prioritise(priority: 1, decisionID: nil), expectedVersion: nil,
                decision: .init(forum: .analysisGroup, meetingDate: LocalDate("2026-11-12")!, text: "Prioriteras"),
                by: coordinatorUser)
            let ours = try await stores.problems.apply(
                raised.id, .startAnalysis, expectedVersion: nil, by: analyst)
            let theirs = try await stores.problems.create(
                ProblemDraft(title: "Buskörning vid Bergnäset kvällstid", indicatorCodes: ["disorder"]), by: analyst)
            var coordinator = try await Browser.signedIn(client, "coordinator")
            try await coordinator.get("/working-groups/new")
            let appointed = try await coordinator.post(
                "/working-groups/new",
                [
                    ("name", "Arbetsgrupp Porsön"), ("mandate", "Åtgärder mot klotter i tunneln till mars"),
                    ("convenor", analyst.id.uuidString), ("members", member.id.uuidString), ("status", "active"),
                    ("forum", "analysis_group"), ("meetingDate", "2026-11-12"),
                    ("decision", "Arbetsgrupp Porsön tillsätts."),
                ])
            let group = try Self.id(from: appointed.location, after: "/working-groups/")
            #expect(try await coordinator.get("/decisions").text.contains("Arbetsgrupp Porsön tillsätts."))
            var reporter = try await Browser.signedIn(client, "reporter")
            try await reporter.get("/")
            let cause: [(String, String)] = [
                ("action", "add_cause"), ("leg", "place_guardian"), ("text", "Tunneln saknar belysning"),
                ("certainty", "supported"),
            ]
            #expect(try await reporter.post("/problems/\(ours.id)/step", cause).status == .forbidden)
            try await coordinator.get("/problems/\(ours.id)")
            #expect(
                try await coordinator.post(
                    "/problems/\(ours.id)/step", [("action", "assign"), ("workingGroupId", group), ("version", "3")]
                ).status == .seeOther)
            #expect(try await reporter.post("/problems/\(ours.id)/step", cause).status == .seeOther)
            #expect(try await reporter.post("/problems/\(theirs.id)/step", cause).status == .forbidden)
            #expect(
                try await reporter.post("/problems/\(ours.id)/step", [("action", "assign"), ("workingGroupId", "")])
                    .status == .forbidden, "only planners choose the group")
            var reviewer = try await Browser.signedIn(client, "reviewer")
            try await reviewer.get("/")
            #expect(try await reviewer.post("/problems/\(ours.id)/step", cause).status == .forbidden)
            let page = try await reporter.get("/problems/\(ours.id)").text
            #expect(page.contains("Arbetsgrupp Porsön") && page.contains("Lägg till orsak"))
            #expect(!(try await reporter.get("/problems/\(theirs.id)").text.contains("Lägg till orsak")))
        }
    }

    @Test(arguments: TestEngine.available)
    func aWeeksFocusAreaProposesAProblemOrAddsEvidenceToOne(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            let stores = MunicipalityStores(accounts.database, municipalityID: accounts.municipality.id)
            let reviewer = try #require(try await accounts.users.find(username: "reviewer"))
            let analyst = try #require(try await accounts.users.find(username: "analyst"))
            let week = ISOWeek(containing: Date()).adding(weeks: -1)
            try await stores.meetings.save(
                week, participants: ["klf"], notes: "", focus: "Porsön: klotter i gångtunneln")
            _ = try await stores.meetings.close(week, by: reviewer)
            let problem = try await stores.problems.create(
                ProblemDraft(title: "Klotter i gångtunneln vid Porsön", indicatorCodes: ["vandalism"]), by: analyst)
            var browser = try await Browser.signedIn(client, "analyst")
            let page = try await browser.get("/weeks/\(week)").text
            #expect(page.contains("Föreslå som problem") && page.contains("Koppla till problemet"))
            let linked = try await browser.post(
                "/weeks/\(week)/focus",
                [("problemId", problem.id.uuidString), ("text", "Porsön: klotter i gångtunneln")])
            #expect(linked.location == "/problems/\(problem.id.uuidString)")
            let after = try await browser.get("/problems/\(problem.id.uuidString)").text
            #expect(after.contains("Mer underlag") && after.contains("/weeks/\(week)"))
            var reader = try await Browser.signedIn(client, "reader")
            try await reader.get("/")
            #expect(!(try await reader.get("/weeks/\(week)").text.contains("Koppla till problemet")))
            #expect(
                try await reader.post("/weeks/\(week)/focus", [("problemId", problem.id.uuidString), ("text", "x")])
                    .status == .forbidden)
        }
    }
}
