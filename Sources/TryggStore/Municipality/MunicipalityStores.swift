import Foundation
import TryggCore

/// Every store and query of one municipality, for one signed-in request: the web layer reads and writes
/// through these and never opens a store on the raw database itself.
public struct MunicipalityStores: Sendable {
    let database: TryggDatabase
    public let municipalityID: UUID

    public init(_ database: TryggDatabase, municipalityID: UUID) {
        self.database = database
        self.municipalityID = municipalityID
    }

    public var reports: ReportStore { ReportStore(database, municipalityID: municipalityID) }
    public var meetings: MeetingStore { MeetingStore(database, municipalityID: municipalityID) }
    public var areas: AreaStore { AreaStore(database, municipalityID: municipalityID) }
    public var indicators: IndicatorStore { IndicatorStore(database, municipalityID: municipalityID) }
    public var organisations: OrganisationStore { OrganisationStore(database, municipalityID: municipalityID) }
    /// Users to read; setting or checking a password needs a store opened with a hasher.
    public var users: UserStore { UserStore(database, municipalityID: municipalityID) }
    public var places: PlaceStore { PlaceStore(database, municipalityID: municipalityID) }
    public var notices: NoticeStore { NoticeStore(database, municipalityID: municipalityID) }
    public var tokens: AccessTokenStore { AccessTokenStore(database) }
    /// The installation's municipality itself (its name).
    public var municipalities: MunicipalityStore { MunicipalityStore(database) }
    /// Sign-in attempts, for the coordinator's list of locked-out users.
    public var signInAttempts: SignInAttemptLog { SignInAttemptLog(database) }
    /// The mail outbox's state, for the coordinator's start page.
    public var outbox: NoticeOutbox { NoticeOutbox(database) }
    /// Indicators and areas through the few-second cache.
    public var catalogue: CurrentCatalogue { CurrentCatalogue(database, municipalityID: municipalityID) }
    public var publishedWeeks: PublishedWeekQuery { PublishedWeekQuery(database, municipalityID: municipalityID) }
    public var problems: ProblemStore { ProblemStore(database, municipalityID: municipalityID) }
    public var measures: MeasureStore { MeasureStore(database, municipalityID: municipalityID) }
    public var evaluations: EvaluationStore { EvaluationStore(database, municipalityID: municipalityID) }
    public var decisions: DecisionStore { DecisionStore(database, municipalityID: municipalityID) }
    public var workingGroups: WorkingGroupStore { WorkingGroupStore(database, municipalityID: municipalityID) }
    public var monthlyPictures: MonthlyPictureQuery { MonthlyPictureQuery(database, municipalityID: municipalityID) }

    /// The approved reports and areas one analysis runs on.
    public func analysis(_ request: AnalysisRequest, kind: AnalysisKind) async throws -> AnalysisRun {
        try await AnalysisRun.load(database, municipalityID: municipalityID, request, kind: kind)
    }

    /// The users, with a hasher for setting and checking passwords.
    public func users(hashing: any PasswordHashing) -> UserStore {
        UserStore(database, municipalityID: municipalityID, hashing: hashing)
    }
}
