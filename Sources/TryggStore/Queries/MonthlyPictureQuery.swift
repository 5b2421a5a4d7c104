import Foundation
import TryggCore

/// The monthly picture of one month, read from the store: the thirteen months of approved reports it
/// needs and the month's closed meetings with focus areas, over the active areas. A month that has not
/// begun has none (`StoreError.notFound`); a refusal of the analyses is the core's `AnalysisError` as a
/// `ValidationFailure` naming the field.
public struct MonthlyPictureQuery: Sendable {
    let database: TryggDatabase
    let municipalityID: UUID

    public init(_ database: TryggDatabase, municipalityID: UUID) {
        self.database = database
        self.municipalityID = municipalityID
    }

    public func load(
        month whole: AnalysisPeriod, areas given: [Area]? = nil, now: Date = Date()
    ) async throws -> MonthlyPicture {
        guard whole.start <= now else { throw StoreError.notFound("month") }
        let month = whole.until(now)
        let events = try await ReportStore(database, municipalityID: municipalityID)
            .analysisEvents(from: MonthlyPicture.firstNeeded(for: month), to: month.end)
        var areas = given ?? []
        if given == nil { areas = try await AreaStore(database, municipalityID: municipalityID).all().filter(\.active) }
        let meetings = try await MeetingStore(database, municipalityID: municipalityID).closed()
            .filter { MonthlyPicture.belongs($0.week, to: month) && !$0.focusAreas.isEmpty }
            .sorted { $0.week.description < $1.week.description }
        return try Self.build(
            month, events, areas.compactMap(\.geometry),
            meetings.map { .init(week: $0.week.description, areas: $0.focusAreas) },
            running: month.end < whole.end)
    }

    /// Synchronous, so the typed error is caught outside an async context (the 6.3 compiler crashes on that).
    static func build(
        _ month: AnalysisPeriod, _ events: [AnalysisEvent], _ areas: [AreaGeometry], _ focus: [MonthlyPicture.Focus],
        running: Bool
    ) throws -> MonthlyPicture {
        do {
            return try MonthlyPicture(month: month, events: events, areas: areas, focus: focus, running: running)
        } catch {
            throw ValidationFailure(error.fieldError.map { [$0] } ?? [])
        }
    }
}
