import Foundation
import Testing

@testable import TryggCore

@Suite("Reading a search for reports")
struct ReportSearchTests {
    func search(_ fields: [String: String]) -> ReportSearch { ReportSearch { fields[$0] } }

    @Test func aPeriodIsWholeLocalDaysAndTheEndDayIsIncluded() {
        let found = search(["from": "2026-11-01", "to": "2026-11-30"])
        #expect(found.errors.isEmpty)
        #expect(LocalTime.minute(found.from!) == "2026-11-01 00:00")
        #expect(LocalTime.minute(found.to!) == "2026-12-01 00:00")
    }

    @Test func everyUnreadableFieldIsNamed() {
        let found = search(["from": "1 nov", "status": "klar", "organisation": "polisen", "sort": "random"])
        #expect(
            found.errors == [
                .init("from", .invalidDate), .init("status", .unknown), .init("organisation", .unknown),
                .init("sort", .unknown),
            ])
        #expect(found.values["from"] == "1 nov")
    }

    @Test func anEndBeforeTheStartIsRefused() {
        #expect(search(["from": "2026-11-10", "to": "2026-11-01"]).errors == [.init("to", .endBeforeStart)])
    }

    @Test func anIndicatorWithSubtypeAndWordsAreRead() {
        let found = search(["what": "vandalism:graffiti", "q": "  Tunneln 100% "])
        #expect(found.indicatorCode == "vandalism" && found.subtypeCode == "graffiti")
        #expect(found.text == "tunneln 100")
    }

    @Test func theQueryStringRepeatsOnlyWhatWasGiven() {
        #expect(
            search(["area": "porson", "q": "klotter på vägg", "sort": "oldest"]).queryString
                == "area=porson&q=klotter%20p%C3%A5%20v%C3%A4gg&sort=oldest")
    }
}
