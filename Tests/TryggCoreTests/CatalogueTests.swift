import Foundation
import Testing

@testable import TryggCore

@Suite("Catalogues")
struct CatalogueTests {
    @Test func theDefaultCatalogueHasTheSevenIndicatorsOfDomainMd() {
        let indicators = DefaultIndicators.make()
        #expect(
            indicators.map(\.code) == [
                "vandalism", "gathering", "disorder", "unsafe-place", "threat-to-staff", "social-media", "risk-event",
            ])
        #expect(
            indicators.first?.subtypes.map(\.nameSv) == [
                "Klotter", "Glaskross", "Brand/anlagd brand", "Övrig skadegörelse",
            ])
        #expect(Set(indicators.flatMap { $0.subtypes.map(\.code) }).count == indicators.flatMap(\.subtypes).count)
    }

    @Test func everyDefaultCodeIsAValidCode() {
        for indicator in DefaultIndicators.make() {
            #expect(CatalogueCode.isValid(indicator.code))
            for subtype in indicator.subtypes { #expect(CatalogueCode.isValid(subtype.code)) }
        }
        for area in LuleaAreas.all { #expect(CatalogueCode.isValid(area.code)) }
        #expect(LuleaAreas.all.count == 12)
    }

    @Test(arguments: ["", "with space", "ö", "a/b", String(repeating: "a", count: 41)])
    func codesOutsideTheSafeAlphabetAreRefused(_ code: String) {
        #expect(!CatalogueCode.isValid(code))
    }

    @Test func subtypeLinesAreReadAsCodeSwedishEnglish() throws {
        let draft = IndicatorDraft(
            code: "x", nameSv: "X", nameEn: "X", asksForPeopleCount: false,
            subtypeLines: "a;Ett;One\n\n b ; Två ; Two \n")
        let subtypes = try draft.parsedSubtypes().get()
        #expect(subtypes.map(\.code) == ["a", "b"])
        #expect(subtypes[1].nameSv == "Två")
    }

    @Test func aSubtypeLineWithoutThreePartsIsAnError() {
        let draft = IndicatorDraft(
            code: "x", nameSv: "X", nameEn: "X", asksForPeopleCount: false, subtypeLines: "a;Ett")
        #expect(draft.validate() == [.init("subtypes", .codeFormat)])
    }

    @Test func aRepeatedSubtypeCodeIsAnError() {
        let draft = IndicatorDraft(
            code: "x", nameSv: "X", nameEn: "X", asksForPeopleCount: false, subtypeLines: "a;A;A\na;B;B")
        #expect(draft.validate() == [.init("subtypes", .taken)])
    }

    @Test func anOrganisationNeedsCodeNameAndKind() {
        let errors = OrganisationDraft(code: "", name: "", kind: nil).validate()
        #expect(errors.map(\.field) == ["code", "name", "kind"])
    }
}
