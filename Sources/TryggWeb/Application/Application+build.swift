import Hummingbird
import HummingbirdAuth
import Logging
import ServiceLifecycle
import TryggCore
import TryggStore

/// Builds the whole web application from its configuration: the one place dependencies are wired.
///
/// The database must already be migrated; its storage is handed to the application's service group so it
/// closes after the server has drained.
public func buildApplication(
    _ configuration: AppConfiguration, storage: Storage, logger: Logger
) async throws -> some ApplicationProtocol {
    let router = try await buildRouter(configuration, storage: storage)
    let sessions = DatabasePersistDriver(table: storage.sessions)
    var services: [any Service] = [storage, sessions]
    if let smtp = configuration.smtp, let base = configuration.publicURL {
        services.append(
            NoticeDispatcher(
                storage: storage, sender: SMTPClient(smtp), catalogue: try StringCatalogue.bundled(),
                baseURL: base, logger: logger))
    }
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.hostname, port: configuration.port), serverName: "Trygg"),
        services: services,
        logger: logger
    )
}

/// The router alone, which tests drive without a network.
public func buildRouter(
    _ configuration: AppConfiguration, storage: Storage
) async throws -> Router<AppRequestContext> {
    let renderer = try await PageRenderer(catalogue: try StringCatalogue.bundled())
    let clientAddress = ClientAddress(trustProxy: configuration.trustProxy)
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: RequestIDMiddleware())
    router.add(middleware: SecurityHeadersMiddleware(imageOrigin: configuration.tileOrigin))
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: LanguageMiddleware())
    // Requests no route matches (and failures before a group) get the page; the API group answers for itself.
    router.add(middleware: ErrorPageMiddleware(renderer: renderer))

    HealthController(storage: storage).register(on: router)

    let passwords = PasswordDesk(
        storage: storage, clientAddress: clientAddress, secure: configuration.secureCookies,
        publicURL: configuration.publicURL)
    let api = router.group("api/v1")
        .add(middleware: ProblemMiddleware(catalogue: renderer.catalogue))
        .add(middleware: BearerTokenMiddleware(storage: storage))
    AuthAPI(storage: storage, clientAddress: clientAddress).register(on: api)
    AccountAPI().register(on: api)
    PasswordAPI(desk: passwords).register(on: api)
    GeographyAPI().register(on: api)
    ReportsAPI().register(on: api)
    WeeksAPI().register(on: api)
    MeetingsAPI().register(on: api)
    SelfServiceAPI(catalogue: renderer.catalogue).register(on: api)
    AreaImportAPI(catalogue: renderer.catalogue).register(on: api)
    AnalysisAPI().register(on: api)
    ProblemsAPI().register(on: api)
    MeasuresAPI().register(on: api)
    WorkingGroupsAPI().register(on: api)
    DecisionsAPI().register(on: api)
    OpenAPIController().register(on: api)
    // An address under the API that names nothing is an API answer too: problem+json, not a page.
    for method in [HTTPRequest.Method.get, .post, .put, .patch, .delete] {
        api.on("**", method: method) { _, _ -> Response in throw AppError.notFound }
    }

    let sessionDriver = DatabasePersistDriver(table: storage.sessions)
    let web = router.group()
        .add(middleware: SessionConfiguration.middleware(driver: sessionDriver, secure: configuration.secureCookies))
        .add(middleware: SessionUserMiddleware(storage: storage))
        // Inside the session, so error pages know who is signed in.
        .add(middleware: ErrorPageMiddleware(renderer: renderer))
        .add(middleware: CSRFMiddleware())
    LanguageController().register(on: web)
    NoticesController(renderer: renderer, mailConfigured: configuration.smtp != nil).register(
        on: web)
    SignInController(
        storage: storage, renderer: renderer, clientAddress: clientAddress,
        sessionKeyPrefix: SessionConfiguration.keyPrefix
    ).register(on: web)
    HomeController(renderer: renderer, mailConfigured: configuration.smtp != nil).register(on: web)
    StaticFilesController().register(on: web)
    MethodsController(renderer: renderer).register(on: web)
    HelpController(renderer: renderer).register(on: web)
    TokensController(renderer: renderer).register(on: web)
    PasswordController(desk: passwords, renderer: renderer).register(on: web)
    MapController(renderer: renderer, tiles: configuration.tiles).register(on: web)
    ReportsController(renderer: renderer, tiles: configuration.tiles).register(on: web)
    ReportList(renderer: renderer).register(on: web)
    ReviewController(renderer: renderer).register(on: web)
    MeetingController(renderer: renderer).register(on: web)
    WeekController(renderer: renderer, tiles: configuration.tiles).register(on: web)
    AnalysisController(renderer: renderer, tiles: configuration.tiles).register(on: web)
    ProblemsController(renderer: renderer).register(on: web)
    MeasuresController(renderer: renderer).register(on: web)
    EvaluationController(renderer: renderer).register(on: web)
    SteeringController(renderer: renderer).register(on: web)
    DecisionsController(renderer: renderer).register(on: web)
    WorkingGroupsController(renderer: renderer).register(on: web)
    AgendaController(renderer: renderer).register(on: web)
    registerAdministration(on: web, api: api, hashing: storage.hashing, renderer: renderer)
    return router
}

/// The coordinator's catalogues, each as pages and as API endpoints over the same resource.
private func registerAdministration(
    on web: RouterGroup<AppRequestContext>, api: RouterGroup<AppRequestContext>, hashing: any PasswordHashing,
    renderer: PageRenderer
) {
    let users: @Sendable (SignedInUser) -> UsersAdmin = { signedIn in
        UsersAdmin(
            users: signedIn.stores.users(hashing: hashing),
            organisations: signedIn.stores.organisations,
            actorID: signedIn.user.id
        )
    }
    let organisations: @Sendable (SignedInUser) -> OrganisationsAdmin = { signedIn in
        OrganisationsAdmin(organisations: signedIn.stores.organisations)
    }
    let indicators: @Sendable (SignedInUser) -> IndicatorsAdmin = { signedIn in
        IndicatorsAdmin(indicators: signedIn.stores.indicators)
    }
    let areas: @Sendable (SignedInUser) -> AreasAdmin = { signedIn in
        AreasAdmin(areas: signedIn.stores.areas)
    }
    AdminController(renderer: renderer, collection: .users, resource: users).register(on: web)
    AdminController(renderer: renderer, collection: .organisations, resource: organisations).register(on: web)
    AdminController(renderer: renderer, collection: .indicators, resource: indicators).register(on: web)
    AdminController(renderer: renderer, collection: .areas, resource: areas).register(on: web)
    AdminAPI(collection: .users, catalogue: renderer.catalogue, resource: users).register(on: api)
    AdminAPI(collection: .organisations, catalogue: renderer.catalogue, resource: organisations).register(on: api)
    AdminAPI(collection: .indicators, catalogue: renderer.catalogue, resource: indicators).register(on: api)
    AdminAPI(collection: .areas, catalogue: renderer.catalogue, resource: areas).register(on: api)
    GrantLogController(renderer: renderer).register(on: web)
    MunicipalityAdmin(renderer: renderer).register(on: web)
    AreaImportController(renderer: renderer).register(on: web)
}
