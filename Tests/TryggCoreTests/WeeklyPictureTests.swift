import Foundation
import Testing

@testable import TryggCore

@Suite("The weekly situation picture")
struct WeeklyPictureTests {
    let week = ISOWeek("2026-W48")!

    @Test func countsComeWithTheChangeFromLastWeekAndTheFourWeekMean() {
        var reports: [(week: ISOWeek, indicator: String, area: String?)] = []
        reports += Array(repeating: (week, "vandalism", "porson"), count: 5)
        reports += Array(repeating: (week.adding(weeks: -1), "vandalism", "porson"), count: 2)
        reports += Array(repeating: (week.adding(weeks: -3), "vandalism", "centrum"), count: 8)
        reports += [(week.adding(weeks: -6), "vandalism", "porson")]
        let picture = WeeklyPicture.make(week: week, reports: reports)
        #expect(picture.total == .init(key: "total", count: 5, previousWeek: 2, fourWeekMean: 2))
        #expect(picture.byArea.first == .init(key: "porson", count: 5, previousWeek: 2, fourWeekMean: 0))
        #expect(picture.byArea.last == .init(key: "centrum", count: 0, previousWeek: 0, fourWeekMean: 2))
        #expect(picture.byArea.first?.changeFromPreviousWeek == 3)
        #expect(picture.byIndicator.map(\.key) == ["vandalism"])
    }

    @Test func anEmptyWeekHasZeroCounts() {
        #expect(WeeklyPicture.make(week: week, reports: []).total.count == 0)
    }
}

@Suite("Duplicate suggestions")
struct DuplicateFinderTests {
    func report(_ reporter: UUID, minutes: Double, latitude: Double, indicator: String = "vandalism") -> Report {
        Report(
            id: UUID(), indicatorCode: indicator, subtypeCode: nil,
            occurredAt: Date(timeIntervalSince1970: 1_795_000_000 + minutes * 60),
            partOfDay: nil, latitude: latitude, longitude: 22.138, areaCode: "porson", placeDescription: "",
            description: "x",
            peopleCount: nil, status: .submitted, reporterID: reporter, organisationID: UUID(), createdAt: Date(),
            reviewComment: nil, version: 1)
    }

    @Test func theSameEventFromTwoReportersIsSuggested() {
        let police = UUID(), caretaker = UUID()
        let a = report(police, minutes: 0, latitude: 65.6170), b = report(caretaker, minutes: 30, latitude: 65.6175)
        let pairs = DuplicateFinder().pairs(in: [b, a])
        #expect(pairs.count == 1 && pairs[0] == (a.id, b.id))
    }

    @Test func farApartLateOrSameReporterOrOtherIndicatorIsNot() {
        let one = UUID(), two = UUID()
        let base = report(one, minutes: 0, latitude: 65.617)
        #expect(DuplicateFinder().pairs(in: [base, report(two, minutes: 10, latitude: 65.627)]).isEmpty)
        #expect(DuplicateFinder().pairs(in: [base, report(two, minutes: 400, latitude: 65.617)]).isEmpty)
        #expect(DuplicateFinder().pairs(in: [base, report(one, minutes: 10, latitude: 65.617)]).isEmpty)
        #expect(
            DuplicateFinder().pairs(in: [base, report(two, minutes: 10, latitude: 65.617, indicator: "disorder")])
                .isEmpty)
    }
}
