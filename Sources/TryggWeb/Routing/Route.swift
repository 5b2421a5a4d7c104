import Foundation
import TryggCore

/// Every page, file and form target of the site, with its typed parameters: the router registers these
/// (`RouterGroup.on`), pages build every link from them, and each knows who may open it.
enum Route: Hashable, Sendable {
    // Open to anyone.
    case health, signIn, signOut, stylesheet
    case script(Script)
    case language(Parameter<String>)
    case passwordReset(Parameter<String>)
    // Everyone signed in.
    case home, help, methods, tokens
    case revokeToken(Parameter<UUID>)
    case password, notices
    case reports, reportsCSV, reportsXLSX
    case report(Parameter<UUID>)
    case map, pickPlace, locate, places
    case weeks
    case week(Parameter<ISOWeek>)
    case weekFile(Parameter<ISOWeek>, WeekFile)
    /// A published week's focus area added as evidence to a problem.
    case linkFocus(Parameter<ISOWeek>)
    case problems
    case problem(Parameter<UUID>)
    case measures, measuresCSV, evaluationsCSV
    case measure(Parameter<UUID>)
    case evaluation(Parameter<UUID>)
    case decisions, steering, workingGroups, agenda
    case workingGroup(Parameter<UUID>)
    /// The responsible contact's progress line (planners use it too).
    case measureProgress(Parameter<UUID>)
    // Reporting.
    case newReport
    case editReport(Parameter<UUID>)
    // Reviewing.
    case correctReport(Parameter<UUID>)
    case decide(Parameter<UUID>)
    case meetings
    case meeting(Parameter<ISOWeek>)
    case meetingAction(Parameter<ISOWeek>, MeetingAction)
    // Analysing.
    case analysis
    case analysisKind(Parameter<String>)
    case month(Parameter<String>)
    // Problems and measures.
    case newProblem
    case editProblem(Parameter<UUID>)
    case problemStep(Parameter<UUID>)
    case newMeasure(Parameter<UUID>)
    case editMeasure(Parameter<UUID>)
    case measureStep(Parameter<UUID>)
    case evaluationDesign(Parameter<UUID>)
    case recordDecision, meetingMinutes
    case newWorkingGroup
    case editWorkingGroup(Parameter<UUID>)
    // Administering.
    case admin(AdminCollection)
    case adminNew(AdminCollection)
    case adminEdit(AdminCollection, Parameter<UUID>)
    case adminActive(AdminCollection, Parameter<UUID>)
    case grantLog
    case issueReset(Parameter<UUID>)
    case municipality, areasImport, areasExport

    enum Script: String, Hashable, Sendable, CaseIterable {
        case placePicker = "place-picker"
        case map
        case reportForm = "report-form"
    }

    enum WeekFile: String, Hashable, Sendable, CaseIterable { case csv, geojson }

    enum MeetingAction: String, Hashable, Sendable, CaseIterable { case decisions, merge, notes, close }

    enum AdminCollection: String, Hashable, Sendable, CaseIterable { case users, organisations, indicators, areas }

    /// Who may open a route: anyone, anyone signed in, or those with a capability.
    enum Access: Hashable, Sendable {
        case anyone
        case signedIn
        case capable(Capability)
    }

    /// The path: a pattern for the router when the parameters are keys, a link when they are values.
    var path: String {
        switch self {
        case .health: "/health"
        case .signIn: "/sign-in"
        case .signOut: "/sign-out"
        case .stylesheet: "/static/trygg.css"
        case .script(let script): "/static/\(script.rawValue).js"
        case .language(let code): "/language/" + code.segment("code") { $0 }
        case .passwordReset(let token): "/password-reset/" + token.segment("token") { $0 }
        case .home: "/"
        case .help: "/help"
        case .methods: "/help/methods"
        case .tokens: "/account/tokens"
        case .revokeToken(let id): "/account/tokens/" + id.segment("id", \.uuidString) + "/revoke"
        case .password: "/account/password"
        case .notices: "/account/notices"
        case .reports: "/reports"
        case .reportsCSV: "/reports.csv"
        case .reportsXLSX: "/reports.xlsx"
        case .report(let id): "/reports/" + id.segment("id", \.uuidString)
        case .map: "/map"
        case .pickPlace: "/map/pick"
        case .locate: "/map/locate"
        case .places: "/map/places"
        case .weeks: "/weeks"
        case .week(let week): "/weeks/" + week.segment("week", \.description)
        case .weekFile(let week, let file): "/weeks/" + week.segment("week", \.description) + "." + file.rawValue
        case .linkFocus(let week): "/weeks/" + week.segment("week", \.description) + "/focus"
        case .newReport: "/reports/new"
        case .editReport(let id): "/reports/" + id.segment("id", \.uuidString) + "/edit"
        case .correctReport(let id): "/reports/" + id.segment("id", \.uuidString) + "/correct"
        case .decide(let id): "/reports/" + id.segment("id", \.uuidString) + "/decision"
        case .meetings: "/meetings"
        case .meeting(let week): "/meetings/" + week.segment("week", \.description)
        case .meetingAction(let week, let action):
            "/meetings/" + week.segment("week", \.description) + "/" + action.rawValue
        case .analysis: "/analysis"
        case .analysisKind(let kind): "/analysis/" + kind.segment("kind") { $0 }
        case .month(let month): "/analysis/months/" + month.segment("month") { $0 }
        case .problems: "/problems"
        case .problem(let id): "/problems/" + id.segment("id", \.uuidString)
        case .newProblem: "/problems/new"
        case .editProblem(let id): "/problems/" + id.segment("id", \.uuidString) + "/edit"
        case .problemStep(let id): "/problems/" + id.segment("id", \.uuidString) + "/step"
        case .newMeasure(let id): "/problems/" + id.segment("id", \.uuidString) + "/measures/new"
        case .measures: "/measures"
        case .measuresCSV: "/measures.csv"
        case .evaluationsCSV: "/evaluations.csv"
        case .measure(let id): "/measures/" + id.segment("id", \.uuidString)
        case .editMeasure(let id): "/measures/" + id.segment("id", \.uuidString) + "/edit"
        case .measureStep(let id): "/measures/" + id.segment("id", \.uuidString) + "/step"
        case .measureProgress(let id): "/measures/" + id.segment("id", \.uuidString) + "/progress"
        case .evaluation(let id): "/measures/" + id.segment("id", \.uuidString) + "/evaluation"
        case .evaluationDesign(let id): "/measures/" + id.segment("id", \.uuidString) + "/evaluation/design"
        case .decisions: "/decisions"
        case .recordDecision: "/decisions/new"
        case .meetingMinutes: "/decisions/minutes"
        case .steering: "/steering"
        case .workingGroups: "/working-groups"
        case .agenda: "/agenda"
        case .newWorkingGroup: "/working-groups/new"
        case .workingGroup(let id): "/working-groups/" + id.segment("id", \.uuidString)
        case .editWorkingGroup(let id): "/working-groups/" + id.segment("id", \.uuidString) + "/edit"
        case .admin(let collection): "/admin/" + collection.rawValue
        case .adminNew(let collection): "/admin/\(collection.rawValue)/new"
        case .adminEdit(let collection, let id):
            "/admin/\(collection.rawValue)/" + id.segment("id", \.uuidString) + "/edit"
        case .adminActive(let collection, let id):
            "/admin/\(collection.rawValue)/" + id.segment("id", \.uuidString) + "/active"
        case .grantLog: "/admin/users/grants"
        case .issueReset(let id): "/admin/users/" + id.segment("id", \.uuidString) + "/reset"
        case .municipality: "/admin/municipality"
        case .areasImport: "/admin/areas/import"
        case .areasExport: "/admin/areas/export.geojson"
        }
    }

    /// Who may open the route; the router refuses everyone else before a handler runs.
    var access: Access {
        switch self {
        case .health, .signIn, .signOut, .stylesheet, .script, .language, .passwordReset: .anyone
        case .home, .help, .methods, .tokens, .revokeToken, .password, .notices, .reports, .reportsCSV, .reportsXLSX,
            .report,
            .map, .pickPlace, .locate, .places, .weeks, .week, .weekFile, .problems, .problem, .measures, .measuresCSV,
            .evaluationsCSV, .measure, .evaluation, .decisions, .steering, .measureProgress, .workingGroups,
            .workingGroup, .linkFocus:
            .signedIn
        case .newProblem: .capable(.propose)
        // Planners and the problem's working group: the handler asks the core (`User.mayWork(on:groups:)`).
        case .editProblem, .problemStep, .newMeasure, .editMeasure, .measureStep, .evaluationDesign: .signedIn
        case .recordDecision, .meetingMinutes, .newWorkingGroup, .editWorkingGroup: .capable(.decide)
        case .newReport, .editReport: .capable(.report)
        case .correctReport, .decide, .meetings, .meeting, .meetingAction: .capable(.review)
        case .analysis, .analysisKind, .month, .agenda: .capable(.analyse)
        case .admin, .adminNew, .adminEdit, .adminActive, .grantLog, .issueReset, .municipality, .areasImport,
            .areasExport:
            .capable(.administer)
        }
    }

    /// A link with a query, leaving out empty values.
    func with(query fields: [(String, String?)]) -> String { LocalLink.with(path, query: fields) }
}

extension Route: CustomStringConvertible {
    var description: String { path }
}
