import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TryggCore
import TryggStore
import TryggTesting

@testable import TryggWeb

@Suite("Help in the product")
struct HelpTests {
    @Test(arguments: TestEngine.available)
    func eachRoleGetsHelpForWhatItDoes(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var reporter = try await Browser.signedIn(client, "reporter")
            let help = try await reporter.get("/help").text
            #expect(help.contains("natt betyder natten mot det valda datumet"))
            #expect(!help.contains("Öppna veckomötet"))
            var reviewer = try await Browser.signedIn(client, "reviewer")
            #expect(try await reviewer.get("/help").text.contains("Öppna veckomötet"))
        }
    }

    @Test(arguments: TestEngine.available)
    func theReportFormSaysWhatToReportUnderEachIndicatorAsTheCatalogueSays(_ engine: TestEngine) async throws {
        try await withTestApp(engine) { client, accounts in
            var reporter = try await Browser.signedIn(client, "reporter")
            let form = try await reporter.get("/reports/new").text
            #expect(form.contains("Vad rapporterar jag var?"))
            #expect(form.contains("Skador på saker: klotter"))
            let indicators = IndicatorStore(accounts.database, municipalityID: accounts.municipality.id)
            let vandalism = try #require(try await indicators.all().first { $0.code == "vandalism" })
            var coordinator = try await Browser.signedIn(client, "coordinator")
            let action = "/admin/indicators/\(vandalism.id.uuidString)/edit"
            let fields = FormReader.fields(in: try await coordinator.get(action).text, action: action)
                .map { $0.0 == "guidanceSv" ? ($0.0, "Bara skador på kommunens egendom.") : $0 }
            #expect(try await coordinator.post(action, fields, csrf: false).status == .seeOther)
            #expect(try await reporter.get("/reports/new").text.contains("Bara skador på kommunens egendom."))
        }
    }
}
