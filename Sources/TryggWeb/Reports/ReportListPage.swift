import Foundation
import TryggCore

/// The report list with its search form, one page of results, paging and export links.
struct ReportListPage: Sendable {
    typealias Option = FormField.Option

    struct Group: Sendable {
        var label: String
        var options: [Option]
    }

    struct Row: Sendable {
        var href: String
        var when: String
        var what: String
        var area: String
        var status: String
        var organisation: String?
    }

    var action: String
    /// A search was given (or failed): the form stays open.
    var searching: Bool
    var values: [String: String]
    var errors: [String]
    var areas: [Option]
    var indicators: [Group]
    var statuses: [Option]
    var showStatus: Bool
    var organisations: [Option]
    var showOrganisation: Bool
    var orders: [Option]
    var summary: String
    var rows: [Row]
    var previousHref: String?
    var nextHref: String?
    var pageLabel: String?
    var csvHref: String
    var xlsxHref: String
    var canReport: Bool
    var newReportHref: String
    var clearHref: String
}
