import Hummingbird

/// The style sheet and the scripts, served from the bundle with the site (no CDN).
struct StaticFilesController {
    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, .stylesheet) { _, _ in StaticFiles.response(StaticFiles.css, type: "text/css") }
        router.on(.get, .script(.placePicker)) { _, _ in
            StaticFiles.response(StaticFiles.pickerScript, type: "text/javascript")
        }
        router.on(.get, .script(.map)) { _, _ in StaticFiles.response(StaticFiles.mapScript, type: "text/javascript") }
        router.on(.get, .script(.reportForm)) { _, _ in
            StaticFiles.response(StaticFiles.reportFormScript, type: "text/javascript")
        }
    }
}
