import Testing

@testable import TryggCore

@Suite("The personal-data guard")
struct PersonalDataGuardTests {
    func kinds(_ text: String) -> [PersonalDataFinding.Kind] { PersonalDataGuard.findings(in: text).map(\.kind) }

    func found(_ text: String) -> [String] {
        let characters = Array(text)
        return PersonalDataGuard.findings(in: text).map { String(characters[$0.start..<$0.end]) }
    }

    // Skatteverket's test person "Tolvan Tolvansson", 19121212-1212, in every written form.
    @Test(arguments: ["121212-1212", "1212121212", "19121212-1212", "191212121212", "121212+1212"])
    func aPersonnummerIsFoundInEveryForm(_ number: String) {
        #expect(found("Ungdom med nr \(number) i trapphuset") == [number])
        #expect(kinds("nr \(number)") == [.personalIdentityNumber])
    }

    @Test func itsPositionIsReportedInCharacters() {
        let finding = PersonalDataGuard.findings(in: "Åsa såg 121212-1212.")
        #expect(finding == [.init(kind: .personalIdentityNumber, start: 8, end: 19)])
    }

    @Test(arguments: ["121212-1213", "1212121213", "19121212-1213"])
    func aWrongCheckDigitIsNotAPersonnummer(_ number: String) {
        #expect(kinds("nr \(number)") == [])
    }

    @Test func aSamordningsnummerHasSixtyAddedToTheDay() {
        #expect(kinds("701063-2391") == [.coordinationNumber])
        #expect(kinds("701063-2392") == [])
    }

    @Test(arguments: ["131312-1212", "121232-1212", "12345678901234"])
    func numbersWithoutARealDateAreIgnored(_ text: String) {
        #expect(kinds(text) == [])
    }

    @Test(arguments: [
        "070-123 45 67", "0701234567", "+46 70 123 45 67", "+46701234567", "0046 70 123 45 67",
        "08-123 456 78", "0920-45 67 89", "(0920) 456789",
    ])
    func swedishPhoneNumbersAreFound(_ number: String) {
        #expect(kinds("Ring \(number) om det händer igen") == [.phoneNumber], "\(number)")
    }

    @Test(arguments: ["kl. 0830-1000", "2026-11-25", "3 personer", "busslinje 4", "postnummer 972 31", "år 2023"])
    func timesDatesAndSmallNumbersAreNotPhoneNumbers(_ text: String) {
        #expect(!kinds(text).contains(.phoneNumber), "\(text)")
    }

    @Test func emailAddressesAreFound() {
        #expect(found("skriv till anna.svensson@lulea.se.") == ["anna.svensson@lulea.se"])
        #expect(kinds("@lulebo på sociala medier") == [])
    }

    @Test(arguments: ["ABC 123", "ABC123", "ABC 12A", "XYZ-987"])
    func vehicleRegistrationsAreFound(_ plate: String) {
        #expect(found("En bil, \(plate), körde runt") == [plate])
    }

    @Test(arguments: ["ABCD 123", "abc 123", "AIV 123", "EST 2024"])
    func otherLetterAndDigitGroupsAreNotPlates(_ text: String) {
        #expect(!kinds(text).contains(.vehicleRegistration), "\(text)")
    }

    @Test func aFirstNameAndSurnameOnlyWarn() {
        let findings = PersonalDataGuard.findings(in: "Anna Svensson stod vid kiosken")
        #expect(findings.map(\.kind) == [.possibleName])
        #expect(findings.allSatisfy { !$0.blocks })
    }

    @Test func aTextAboutAPlaceHasNoFindings() {
        #expect(
            PersonalDataGuard.findings(in: "Krossat glas vid busshållplatsen på Porsövägen, 3 ungdomar, ca kl 22.")
                .isEmpty)
    }

    @Test func severalFindingsComeInTextOrder() {
        #expect(
            kinds("070-1234567 och a@b.se och 121212-1212") == [.phoneNumber, .emailAddress, .personalIdentityNumber])
    }
}
