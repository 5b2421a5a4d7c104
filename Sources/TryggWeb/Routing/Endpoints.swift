import HTTPTypes

/// One registered route: a method and a route with its parameters as keys.
struct Endpoint: Hashable, Sendable {
    var method: HTTPRequest.Method
    var route: Route
}

extension Route {
    /// Every route the site registers, with its method. `RouterGroup.on` refuses to register anything not
    /// listed, so this list is complete, and the access tests walk it instead of keeping their own.
    static let endpoints: [Endpoint] = {
        var list: [Endpoint] = []
        func add(_ method: HTTPRequest.Method, _ routes: Route...) {
            list += routes.map { Endpoint(method: method, route: $0) }
        }
        add(.get, .health, .signIn, .stylesheet, .language(.key), .passwordReset(.key))
        add(.get, .script(.placePicker), .script(.map), .script(.reportForm))
        add(.post, .signIn, .signOut, .passwordReset(.key))
        add(.get, .home, .help, .methods, .tokens, .password, .notices)
        add(.post, .tokens, .revokeToken(.key), .password, .notices)
        add(
            .get, .reports, .reportsCSV, .reportsXLSX, .report(.key), .map, .pickPlace, .locate, .places, .weeks,
            .week(.key))
        add(.get, .newReport, .editReport(.key))
        add(.post, .newReport, .editReport(.key))
        add(.get, .correctReport(.key), .meetings, .meeting(.key))
        add(.post, .correctReport(.key), .decide(.key))
        for action in MeetingAction.allCases { add(.post, .meetingAction(.key, action)) }
        add(.get, .analysis, .analysisKind(.key), .month(.key))
        add(
            .get, .problems, .problem(.key), .newProblem, .editProblem(.key), .newMeasure(.key), .measures,
            .measuresCSV, .evaluationsCSV, .measure(.key), .editMeasure(.key), .evaluation(.key), .decisions,
            .recordDecision, .meetingMinutes, .steering, .agenda, .workingGroups, .newWorkingGroup, .workingGroup(.key),
            .editWorkingGroup(.key))
        add(
            .post, .newProblem, .editProblem(.key), .problemStep(.key), .newMeasure(.key), .editMeasure(.key),
            .measureStep(.key), .measureProgress(.key), .evaluationDesign(.key), .recordDecision, .meetingMinutes,
            .linkFocus(.key),
            .newWorkingGroup,
            .editWorkingGroup(.key))
        for collection in AdminCollection.allCases {
            add(.get, .admin(collection), .adminNew(collection), .adminEdit(collection, .key))
            add(.post, .adminNew(collection), .adminEdit(collection, .key), .adminActive(collection, .key))
        }
        add(.get, .grantLog, .municipality, .areasImport, .areasExport)
        add(.post, .issueReset(.key), .municipality, .areasImport)
        return list
    }()
}
