import FluentKit

/// Every migration in the order it was released; append only, never edit a released one.
enum TryggMigrations {
    static let all: [any Migration] = [
        M001CreateMunicipalities(),
        M002CreateOrganisations(),
        M003CreateUsers(),
        M004CreateSessions(),
        M005CreateAccessTokens(),
        M006CreateSignInAttempts(),
        M007CreateIndicators(),
        M008CreateAreas(),
        M009AddAreaGeometry(),
        M010CreateReports(),
        M011CreateMeetings(),
        M012IndexReportStatus(),
        M013IndexReportTime(),
        M014CreateGrantChanges(),
        M015ReportPublicationAndSubmissionKey(),
        M016PasswordChangesAndResets(),
        M017AddIndicatorGuidance(),
        M018CreateNotices(),
        M019CreatePlaces(),
        M020CreateProblemsAndMeasures(),
        M021CreateWorkingGroups(),
        M022CreateGroupMeetings(),
    ]
}
