import Foundation
import TryggCore

/// The site's paths, used by both the router and the pages so a link cannot drift from its route.
public enum SitePath {
    public static let home = "/"
    public static let signIn = "/sign-in"
    public static let signOut = "/sign-out"
    public static let language = "/language"
    public static let stylesheet = "/static/trygg.css"
    public static let health = "/health"
    public static let tokens = "/account/tokens"
    public static let password = "/account/password"
    public static let notices = "/account/notices"
    /// A one-time link to set a new password.
    public static func passwordReset(_ token: String) -> String { "/password-reset/\(token)" }
    public static func issueReset(_ userID: UUID) -> String { "/admin/users/\(userID.uuidString)/reset" }
    public static let adminUsers = "/admin/users"
    public static let adminGrantLog = "/admin/users/grants"
    public static let adminOrganisations = "/admin/organisations"
    public static let adminIndicators = "/admin/indicators"
    public static let adminAreas = "/admin/areas"
    public static let adminMunicipality = "/admin/municipality"
    public static let adminAreasImport = "/admin/areas/import"
    public static let adminAreasExport = "/admin/areas/export.geojson"
    public static let map = "/map"
    public static let reports = "/reports"
    public static let reportsCSV = "/reports.csv"
    public static let reportsXLSX = "/reports.xlsx"
    public static let meetings = "/meetings"
    public static let weeks = "/weeks"
    public static let newReport = "/reports/new"
    public static let pickPlace = "/map/pick"
    public static let locate = "/map/locate"
    /// Places found by name, as JSON for the place picker's script.
    public static let places = "/map/places"
    public static let mapScript = "/static/map.js"
    public static let pickerScript = "/static/place-picker.js"
    public static let reportFormScript = "/static/report-form.js"

    /// `/admin/users/new`, `/admin/users/{id}/edit` and the like, for any admin collection.
    public static func new(_ collection: String) -> String { "\(collection)/new" }
    public static func edit(_ collection: String, _ id: UUID) -> String { "\(collection)/\(id.uuidString)/edit" }
    public static func activation(_ collection: String, _ id: UUID) -> String { "\(collection)/\(id.uuidString)/active" }
    public static func meeting(_ week: ISOWeek) -> String { "/meetings/\(week)" }
    public static func week(_ week: ISOWeek) -> String { "/weeks/\(week)" }
    public static let analysis = "/analysis"
    public static let help = "/help"
    /// How the analyses work, in plain words.
    public static let methods = "/help/methods"
    /// The monthly picture of `YYYY-MM`.
    public static func month(_ month: String) -> String { "/analysis/months/\(month)" }
    public static func report(_ id: UUID) -> String { "/reports/\(id.uuidString)" }
    public static func revokeToken(_ id: UUID) -> String { "\(tokens)/\(id.uuidString)/revoke" }

    /// A path with a query of the given fields, leaving out the empty ones, each value percent-encoded.
    public static func with(_ path: String, query fields: [(String, String?)]) -> String {
        let query = fields.compactMap { name, value in
            value.flatMap { $0.isEmpty ? nil : name + "=" + ($0.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? "") }
        }.joined(separator: "&")
        return query.isEmpty ? path : path + "?" + query
    }

    /// Only local paths may be redirect targets, so a crafted link cannot send people elsewhere.
    public static func safeLocal(_ candidate: String?) -> String {
        guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"), !candidate.contains("\\")
        else { return home }
        return candidate
    }
}
