import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

@Suite("Reporting and reviewing in the browser")
struct ReportPagesTests {
    static func fields(_ description: String, another: Bool = false) -> [(String, String)] {
        var fields = [
            ("what", "vandalism:graffiti"), ("date", "2026-11-20"), ("time", "21:30"), ("partOfDay", ""),
            ("latitude", "65.617"), ("longitude", "22.138"), ("area", ""), ("place", "Gångtunneln"),
            ("description", description), ("people", "3"),
        ]
        if another { fields.append(("another", "true")) }
        return fields
    }

    @Test(arguments: TestEngine.available)
    func aReporterSubmitsAndAReviewerApprovesFromTheReportPage(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var reporter = try await Browser.signedIn(client, "reporter")
            try await reporter.get("/reports/new")
            let submitted = try await reporter.post("/reports/new", Self.fields("Klotter på tunnelns vägg"))
            #expect(submitted.status == .seeOther)
            let path = try #require(submitted.location?.components(separatedBy: "?").first)
            let page = try await reporter.get(path + "?submitted=1").text
            #expect(page.contains("Tack! Rapporten är skickad"))
            #expect(page.contains("Porsön"))
            #expect(page.contains("Skadegörelse: Klotter"))

            var reviewer = try await Browser.signedIn(client, "reviewer")
            #expect(try await reviewer.get("/reports").text.contains("Inskickad"))
            try await reviewer.get(path)
            let decided = try await reviewer.post(
                path + "/decision", [("decision", "approve"), ("version", "1"), ("comment", "")])
            // Nothing else awaits review: back to the meeting.
            #expect(decided.location?.hasPrefix("/meetings/") == true)
            #expect(try await reviewer.get(path).text.contains("Godkänd"))
            let id = try #require(UUID(uuidString: String(path.split(separator: "/").last!)))
            #expect(
                try await ReportStore(accounts.database, municipalityID: accounts.municipality.id).find(
                    id, scope: .all)?.status == .approved)
        }
    }

    @Test(arguments: TestEngine.available)
    func aPersonnummerIsMarkedAndTheFormKeepsEverything(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var reporter = try await Browser.signedIn(client, "reporter")
            try await reporter.get("/reports/new")
            let refused = try await reporter.post("/reports/new", Self.fields("Pojke 121212-1212 klottrade"))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("<mark title=\"personnummer\">121212-1212</mark>"))
            #expect(refused.text.contains(">Pojke 121212-1212 klottrade</textarea>"))
            #expect(refused.text.contains(#"value="2026-11-20""#))
            #expect(refused.text.contains(#"<option value="vandalism:graffiti" selected "#))
            #expect(
                try await ReportStore(accounts.database, municipalityID: accounts.municipality.id).list(scope: .all)
                    .isEmpty)
        }
    }

    @Test(arguments: TestEngine.available)
    func reportingAnotherKeepsDateAndPlace(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reporter = try await Browser.signedIn(client, "reporter")
            try await reporter.get("/reports/new")
            let next = try await reporter.post("/reports/new", Self.fields("Klotter", another: true))
            #expect(next.status == .created)
            #expect(next.text.contains("Datum och plats är kvar"))
            #expect(next.text.contains(#"value="2026-11-20""#))
            #expect(next.text.contains(#"value="Gångtunneln""#))
            #expect(!next.text.contains(">Klotter</textarea>"))
        }
    }

    @Test(arguments: TestEngine.available)
    func aReturnedReportShowsTheCommentAndCanBeCompleted(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reporter = try await Browser.signedIn(client, "reporter")
            let path = try await reporter.submitReport("Klotter")
            var reviewer = try await Browser.signedIn(client, "reviewer")
            try await reviewer.get(path)
            #expect(
                try await reviewer.post(
                    path + "/decision", [("decision", "return"), ("version", "1"), ("comment", "")]
                ).status == .unprocessableContent)
            try await reviewer.get(path)
            try await reviewer.post(
                path + "/decision", [("decision", "return"), ("version", "1"), ("comment", "Vilken vägg?")])
            let edit = try await reporter.get(path + "/edit")
            #expect(edit.text.contains("Vilken vägg?"))
            let resubmitted = try await reporter.post(path + "/edit", Self.fields("Klotter på norra väggen"))
            #expect(resubmitted.status == .seeOther)
            let page = try await reporter.get(path).text
            #expect(page.contains("Kompletterad och inskickad igen"))
            #expect(page.contains("Inskickad"))
        }
    }

    @Test(arguments: TestEngine.available)
    func aBadDateSaysItIsABadDateAndABadTimeThatItIsABadTime(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reporter = try await Browser.signedIn(client, "reporter")
            try await reporter.get("/reports/new")
            func with(_ name: String, _ value: String) -> [(String, String)] {
                Self.fields("Klotter").map { $0.0 == name ? (name, value) : $0 }
            }
            let badDate = try await reporter.post("/reports/new", with("date", "2026-13-45"))
            #expect(badDate.status == .unprocessableContent)
            #expect(badDate.text.contains("Ange ett datum som ÅÅÅÅ-MM-DD."))
            #expect(badDate.text.contains(#"value="2026-13-45""#))
            let badTime = try await reporter.post("/reports/new", with("time", "25:61"))
            #expect(badTime.text.contains("Ange ett klockslag som TT:MM, t.ex. 21:30."))
        }
    }

    @Test(arguments: TestEngine.available)
    func anEditFormOpenedBeforeAReviewersCorrectionDoesNotOverwriteIt(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reporter = try await Browser.signedIn(client, "reporter")
            let path = try await reporter.submitReport("Klotter")
            let opened = FormReader.fields(in: try await reporter.get(path + "/edit").text, action: path + "/edit")
            #expect(opened.contains { $0 == ("version", "1") })
            var reviewer = try await Browser.signedIn(client, "reviewer")
            let correction = FormReader.fields(
                in: try await reviewer.get(path + "/correct").text, action: path + "/correct"
            )
            .map { $0.0 == "description" ? ($0.0, "Klotter på gångtunneln") : $0 }
            #expect(try await reviewer.post(path + "/correct", correction).status == .seeOther)
            let late = try await reporter.post(
                path + "/edit", opened.map { $0.0 == "description" ? ($0.0, "Klotter, mitt tillägg") : $0 })
            #expect(late.status == .conflict)
            #expect(
                late.text.contains(
                    "Rapporten har ändrats sedan du öppnade den och är nu: Inskickad. Ingenting sparades."))
            #expect(late.text.contains(">Klotter, mitt tillägg</textarea>"))
            #expect(try await reporter.get(path).text.contains("Klotter på gångtunneln"))
        }
    }

    @Test(arguments: TestEngine.available)
    func readersAndAnalystsCannotReportOrDecide(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reporter = try await Browser.signedIn(client, "reporter")
            let path = try await reporter.submitReport("Klotter")
            for role in ["reader", "analyst"] {
                var browser = Browser(client)
                try await browser.signIn(role)
                try await browser.get("/")
                #expect(try await browser.get("/reports/new").status == .forbidden)
                #expect(try await browser.post(path + "/decision", [("decision", "approve")]).status == .forbidden)
                #expect(try await browser.get(path).status == .notFound)
            }
            var other = try await Browser.signedIn(client, "reviewer")
            try await other.get("/")
            #expect(try await other.get(path + "/edit").status == .forbidden)
        }
    }

    @Test(arguments: TestEngine.available)
    func aReviewerCorrectsAndRedactsAndOnlyCoordinatorsReadTheOriginal(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reporter = try await Browser.signedIn(client, "reporter")
            let path = try await reporter.submitReport("Klotter, ägaren Anna Svensson var arg")
            var reviewer = try await Browser.signedIn(client, "reviewer")
            #expect(try await reviewer.get(path + "/correct").text.contains("Rätta rapporten"))
            var corrected = Self.fields("Klotter på fasaden")
            corrected[0] = ("what", "vandalism:other-vandalism")
            #expect(try await reviewer.post(path + "/correct", corrected).status == .seeOther)
            let asReviewer = try await reviewer.get(path).text
            #expect(asReviewer.contains("Klotter på fasaden"))
            #expect(asReviewer.contains("Övrig skadegörelse"))
            #expect(asReviewer.contains("Text maskerad"))
            #expect(!asReviewer.contains("Anna Svensson"))
            var coordinator = try await Browser.signedIn(client, "coordinator")
            #expect(try await coordinator.get(path).text.contains("Anna Svensson"))
            #expect(!(try await reporter.get(path).text.contains("Anna Svensson")))
        }
    }

    @Test(arguments: TestEngine.available)
    func aPossibleNameIsAcceptedButTheReporterIsAskedToLookAgain(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reporter = try await Browser.signedIn(client, "reporter")
            try await reporter.get("/reports/new")
            let response = try await reporter.post("/reports/new", Self.fields("Klotter, Anna Svensson såg det"))
            #expect(response.location?.hasSuffix("?submitted=1&check=1") == true)
            let page = try await reporter.get(try #require(response.location)).text
            #expect(page.contains("<mark title=\"möjligt namn – kontrollera\">Anna Svensson</mark>"))
        }
    }

    @Test(arguments: TestEngine.available)
    func aRefusedDecisionComesBackOnTheReportPageWithTheCommentKept(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reporter = try await Browser.signedIn(client, "reporter")
            let path = try await reporter.submitReport("Klotter")
            var reviewer = try await Browser.signedIn(client, "reviewer")
            try await reviewer.get(path)
            let refused = try await reviewer.post(
                path + "/decision", [("decision", "reject"), ("version", "1"), ("comment", "Se 121212-1212")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Se 121212-1212</textarea>"))
            #expect(refused.text.contains(#"id="comment-error""#))
            #expect(refused.text.contains("Klotter"))
        }
    }

    @Test(arguments: TestEngine.available)
    func aDecisionSomeoneElseTookFirstSaysWhoDecidedWhat(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var reporter = try await Browser.signedIn(client, "reporter")
            let path = try await reporter.submitReport("Klotter")
            var first = try await Browser.signedIn(client, "reviewer")
            var second = try await Browser.signedIn(client, "coordinator")
            try await first.get(path)
            try await second.get(path)
            #expect(
                try await first.post(path + "/decision", [("decision", "approve"), ("version", "1"), ("comment", "")])
                    .status == .seeOther)
            let lost = try await second.post(
                path + "/decision", [("decision", "reject"), ("version", "1"), ("comment", "Fel indikator")])
            #expect(lost.status == .conflict)
            #expect(lost.text.contains("Någon annan hann före"))
            #expect(lost.text.contains("Godkänd av Test reviewer"))
        }
    }

    @Test(arguments: TestEngine.available)
    func afterADecisionTheReviewerGoesOnToTheNextReport(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reporter = try await Browser.signedIn(client, "reporter")
            let first = try await reporter.submitReport("Klotter")
            let second = try await reporter.submitReport("Krossad ruta")
            var reviewer = try await Browser.signedIn(client, "reviewer")
            try await reviewer.get(first)
            let decided = try await reviewer.post(
                first + "/decision", [("decision", "approve"), ("version", "1"), ("comment", "")])
            #expect(decided.location == second + "?decided=approve")
            #expect(try await reviewer.get(decided.location!).text.contains("Rapporten godkändes."))
        }
    }
}
