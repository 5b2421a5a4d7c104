import Foundation
import Testing

@testable import TryggCore

@Suite("Numbers and weeks as Swedish readers expect them")
struct NumbersTests {
    let sv = Numbers(.sv)
    let en = Numbers(.en)

    @Test func swedishNumbersHaveADecimalCommaAndARealMinusSign() {
        #expect(sv.decimal(-1.5) == "\u{2212}1,5")
        #expect(sv.decimal(2.5) == "2,5")
        #expect(en.decimal(2.5) == "2.5")
        #expect(sv.signed(3) == "+3")
        #expect(sv.signed(-2) == "\u{2212}2")
        #expect(sv.signed(0) == "0")
        #expect(sv.signed(-0.04) == "0,0")
        #expect(sv.percent(-0.5, signed: true) == "\u{2212}50\u{00A0}%")
    }

    @Test func largeNumbersAreGroupedInThousands() {
        #expect(sv.whole(1_005_125) == "1\u{202F}005\u{202F}125")
        #expect(en.whole(1_005_125) == "1,005,125")
        #expect(sv.whole(999) == "999")
    }

    @Test func weeksReadAsWeekNumberAndDays() {
        #expect(sv.week(ISOWeek(year: 2026, week: 48)) == "vecka 48 (23–29 nov)")
        #expect(sv.week(ISOWeek(year: 2026, week: 49)) == "vecka 49 (30 nov–6 dec)")
        #expect(sv.week(ISOWeek(year: 2026, week: 53)) == "vecka 53 (28 dec 2026–3 jan 2027)")
        #expect(en.week(ISOWeek(year: 2026, week: 48)) == "week 48 (23–29 Nov)")
    }

    @Test func countsTakeTheirNounInTheRightNumber() {
        #expect(sv.count(1, one: "rapport", other: "rapporter") == "1 rapport")
        #expect(sv.count(3, one: "rapport", other: "rapporter") == "3 rapporter")
    }
}
