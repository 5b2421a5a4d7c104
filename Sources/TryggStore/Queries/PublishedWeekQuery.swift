import Foundation
import TryggCore

/// What a week's page, exports and API show: the published picture, its reports, the late approvals
/// and the closed meeting's minutes; only published reports, never who reported.
public struct PublishedWeekPicture: Sendable {
    public var week: ISOWeek
    public var picture: WeeklyPicture
    public var reports: [Report]
    /// Reports of earlier weeks that this week's meeting approved late.
    public var late: [Report]
    public var meeting: Meeting?
}

/// Reads a week's published picture.
public struct PublishedWeekQuery: Sendable {
    let database: TryggDatabase
    let municipalityID: UUID

    public init(_ database: TryggDatabase, municipalityID: UUID) {
        self.database = database
        self.municipalityID = municipalityID
    }

    public func load(_ week: ISOWeek) async throws -> PublishedWeekPicture {
        let published = try await ReportStore(database, municipalityID: municipalityID).weeklyPicture(week)
        let meeting = try await MeetingStore(database, municipalityID: municipalityID).published(week)
        return PublishedWeekPicture(
            week: week, picture: published.picture, reports: published.reports, late: published.late, meeting: meeting)
    }
}
