import Foundation
import HTTPTypes
import TryggCore

/// Every endpoint of the JSON API under `/api/v1`, with typed parameters: registered with `RouterMethods.on`,
/// listed with who may call it in `APIRoute.endpoints`, and checked against the OpenAPI document by a test.
enum APIRoute: Hashable, Sendable {
    case token, me, openAPI
    case tokens, password
    case passwordReset(Parameter<UUID>)
    case revokeToken(Parameter<UUID>)
    case notices, noticePreferences
    case grantLog, municipality, areasImport
    case indicators, areas, organisations, areasGeoJSON, locate, places
    case reports
    case report(Parameter<UUID>)
    case history(Parameter<UUID>)
    case decision(Parameter<UUID>)
    case correction(Parameter<UUID>)
    case merge(Parameter<UUID>)
    case week(Parameter<ISOWeek>)
    case publish(Parameter<ISOWeek>)
    case meeting(Parameter<ISOWeek>)
    case meetingDecisions(Parameter<ISOWeek>)
    case minutes(Parameter<ISOWeek>)
    case close(Parameter<ISOWeek>)
    case analysis(AnalysisKind)
    case month(Parameter<String>)
    case problems, measures, evaluations, decisions, workingGroups, groupMeetings
    case workingGroup(Parameter<UUID>)
    case problem(Parameter<UUID>)
    case problemSteps(Parameter<UUID>)
    case problemHistory(Parameter<UUID>)
    case measure(Parameter<UUID>)
    case measureSteps(Parameter<UUID>)
    case measureHistory(Parameter<UUID>)
    case measureEvaluation(Parameter<UUID>)
    case collection(Route.AdminCollection)
    case item(Route.AdminCollection, Parameter<UUID>)
    case activation(Route.AdminCollection, Parameter<UUID>)

    /// The prefix every API path has.
    static let base = "/api/v1"

    /// The path below `/api/v1`, as the router registers it (`reports/:id`) or a client calls it.
    var path: String {
        switch self {
        case .token: "auth/token"
        case .me: "me"
        case .tokens: "account/tokens"
        case .password: "account/password"
        case .passwordReset(let id): "admin/users/" + id.segment("id", \.uuidString) + "/password-reset"
        case .revokeToken(let id): "account/tokens/" + id.segment("id", \.uuidString) + "/revoke"
        case .notices: "account/notices"
        case .noticePreferences: "account/notices/preferences"
        case .grantLog: "admin/grants"
        case .municipality: "admin/municipality"
        case .areasImport: "admin/areas/import"
        case .openAPI: "openapi.json"
        case .indicators: "indicators"
        case .areas: "areas"
        case .organisations: "organisations"
        case .areasGeoJSON: "areas/geojson"
        case .locate: "areas/locate"
        case .places: "places"
        case .reports: "reports"
        case .report(let id): "reports/" + id.segment("id", \.uuidString)
        case .history(let id): "reports/" + id.segment("id", \.uuidString) + "/history"
        case .decision(let id): "reports/" + id.segment("id", \.uuidString) + "/decision"
        case .correction(let id): "reports/" + id.segment("id", \.uuidString) + "/correction"
        case .merge(let id): "reports/" + id.segment("id", \.uuidString) + "/merge"
        case .week(let week): "weeks/" + week.segment("week", \.description)
        case .publish(let week): "weeks/" + week.segment("week", \.description) + "/publish"
        case .meeting(let week): "meetings/" + week.segment("week", \.description)
        case .meetingDecisions(let week): "meetings/" + week.segment("week", \.description) + "/decisions"
        case .minutes(let week): "meetings/" + week.segment("week", \.description) + "/minutes"
        case .close(let week): "meetings/" + week.segment("week", \.description) + "/close"
        case .analysis(let kind): "analysis/" + kind.rawValue
        case .month(let month): "analysis/months/" + month.segment("month") { $0 }
        case .problems: "problems"
        case .problem(let id): "problems/" + id.segment("id", \.uuidString)
        case .problemSteps(let id): "problems/" + id.segment("id", \.uuidString) + "/steps"
        case .problemHistory(let id): "problems/" + id.segment("id", \.uuidString) + "/history"
        case .measures: "measures"
        case .measure(let id): "measures/" + id.segment("id", \.uuidString)
        case .measureSteps(let id): "measures/" + id.segment("id", \.uuidString) + "/steps"
        case .measureHistory(let id): "measures/" + id.segment("id", \.uuidString) + "/history"
        case .measureEvaluation(let id): "measures/" + id.segment("id", \.uuidString) + "/evaluation"
        case .evaluations: "evaluations"
        case .decisions: "decisions"
        case .groupMeetings: "group-meetings"
        case .workingGroups: "working-groups"
        case .workingGroup(let id): "working-groups/" + id.segment("id", \.uuidString)
        case .collection(let collection): "admin/" + collection.rawValue
        case .item(let collection, let id): "admin/\(collection.rawValue)/" + id.segment("id", \.uuidString)
        case .activation(let collection, let id):
            "admin/\(collection.rawValue)/" + id.segment("id", \.uuidString) + "/active"
        }
    }

    /// The path as the OpenAPI document writes it: `/reports/{id}`.
    var documentedPath: String {
        "/"
            + path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(
                separator: "/")
    }
}

/// One API endpoint: method, route with keys, and who may call it.
struct APIEndpoint: Hashable, Sendable {
    var method: HTTPRequest.Method
    var route: APIRoute
    var access: Route.Access
}

extension APIRoute {
    /// Every endpoint the API registers; the router refuses to register one not listed here.
    static let endpoints: [APIEndpoint] = {
        var list: [APIEndpoint] = []
        func add(_ method: HTTPRequest.Method, _ access: Route.Access, _ routes: APIRoute...) {
            list += routes.map { APIEndpoint(method: method, route: $0, access: access) }
        }
        add(.post, .anyone, .token)
        add(.get, .anyone, .openAPI)
        add(
            .get, .signedIn, .me, .indicators, .areas, .areasGeoJSON, .locate, .places, .reports, .report(.key),
            .history(.key), .week(.key))
        add(.get, .signedIn, .tokens, .notices, .noticePreferences)
        add(.post, .signedIn, .tokens, .revokeToken(.key), .password)
        add(.post, .capable(.administer), .passwordReset(.key))
        add(.put, .signedIn, .noticePreferences)
        add(.get, .capable(.administer), .grantLog)
        add(.put, .capable(.administer), .municipality)
        add(.post, .capable(.administer), .areasImport)
        add(.post, .capable(.report), .reports)
        add(.put, .capable(.report), .report(.key))
        add(
            .post, .capable(.review), .decision(.key), .correction(.key), .merge(.key), .publish(.key),
            .meetingDecisions(.key), .close(.key))
        add(.get, .capable(.review), .meeting(.key))
        add(.put, .capable(.review), .minutes(.key))
        add(.get, .capable(.analyse), .month(.key))
        for kind in AnalysisKind.allCases { add(.get, .capable(.analyse), .analysis(kind)) }
        add(.get, .capable(.administer), .organisations)
        add(
            .get, .signedIn, .problems, .problem(.key), .problemHistory(.key), .measures, .measure(.key),
            .measureHistory(.key), .measureEvaluation(.key), .evaluations, .decisions, .workingGroups,
            .workingGroup(.key), .groupMeetings)
        add(.post, .capable(.propose), .problems)
        // Planners and the problem's working group take the steps, the responsible contact logs progress:
        // the handlers ask the core (`User.mayWork(on:groups:)`, `User.mayLogProgress(on:problem:groups:)`).
        add(.put, .signedIn, .problem(.key), .measure(.key), .measureEvaluation(.key))
        add(.post, .signedIn, .problemSteps(.key), .measures, .measureSteps(.key))
        add(.post, .capable(.decide), .decisions, .workingGroups, .groupMeetings)
        add(.put, .capable(.decide), .workingGroup(.key))
        for collection in Route.AdminCollection.allCases {
            add(.get, .capable(.administer), .collection(collection), .item(collection, .key))
            add(.post, .capable(.administer), .collection(collection), .activation(collection, .key))
            add(.put, .capable(.administer), .item(collection, .key))
        }
        return list
    }()

    static func endpoint(_ method: HTTPRequest.Method, _ route: APIRoute) -> APIEndpoint? {
        endpoints.first { $0.method == method && $0.route == route }
    }
}
