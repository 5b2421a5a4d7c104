import Foundation

/// What a person looks for in the report list: a period, a place, an indicator, a status, an organisation
/// and words. Read from the query string the same way for the page, its CSV and .xlsx, and the API, with an
/// error for every field that cannot be read and the typed text kept for the form.
public struct ReportSearch: Sendable, Equatable {
    /// How the list is ordered; the first two follow the index on the event's time.
    public enum Order: String, Sendable, CaseIterable {
        case newest, oldest, area, indicator, status
    }

    /// The query-string fields, in the form's order.
    public static let fields = ["from", "to", "area", "what", "status", "organisation", "q", "sort"]

    /// What was typed, field by field, for showing the form again and building links.
    public var values: [String: String] = [:]
    /// Occurred at or after (local midnight of the `from` day).
    public var from: Date?
    /// Occurred before (the local midnight after the `to` day).
    public var to: Date?
    public var areaCode: String?
    public var indicatorCode: String?
    public var subtypeCode: String?
    public var status: ReportStatus?
    public var organisationID: UUID?
    /// Words to find in the description or the place description, lower-cased.
    public var text: String?
    public var order: Order = .newest
    public var errors: [FieldError] = []

    public init() {}

    /// Reads the fields; `value(name)` gives the query string's text for a field, or nil.
    public init(_ value: (String) -> String?) {
        for field in Self.fields { values[field] = value(field)?.trimmingCharacters(in: .whitespaces) ?? "" }
        func given(_ field: String) -> String? { values[field].flatMap { $0.isEmpty ? nil : $0 } }
        if let text = given("from") {
            if let day = LocalTime.startOfDay(text) { from = day } else { errors.append(.init("from", .invalidDate)) }
        }
        if let text = given("to") {
            if let day = LocalTime.startOfDay(text) {
                to = ISOWeek.calendar.date(byAdding: .day, value: 1, to: day)
            } else {
                errors.append(.init("to", .invalidDate))
            }
        }
        if let from, let to, to <= from { errors.append(.init("to", .endBeforeStart)) }
        areaCode = given("area")
        if let what = given("what") {
            let pieces = what.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            if pieces[0].isEmpty { errors.append(.init("what", .unknown)) } else { indicatorCode = pieces[0] }
            subtypeCode = pieces.count > 1 && !pieces[1].isEmpty ? pieces[1] : nil
        }
        if let text = given("status") {
            if let parsed = ReportStatus(rawValue: text) {
                status = parsed
            } else {
                errors.append(.init("status", .unknown))
            }
        }
        if let text = given("organisation") {
            if let id = UUID(uuidString: text) {
                organisationID = id
            } else {
                errors.append(.init("organisation", .unknown))
            }
        }
        // LIKE's wildcards and PostgreSQL's escape character are dropped: people search for words, a lone "%"
        // would match everything slowly, and a trailing "\" would end the pattern badly.
        if let words = given("q")?.lowercased().filter({ $0 != "%" && $0 != "_" && $0 != "\\" }), !words.isEmpty {
            if words.count > 100 { errors.append(.init("q", .tooLong)) } else { text = words }
        }
        if let text = given("sort") {
            if let parsed = Order(rawValue: text) { order = parsed } else { errors.append(.init("sort", .unknown)) }
        }
    }

    /// The query string that repeats this search (only the fields given), for links to pages and exports.
    public var queryString: String {
        Self.fields.compactMap { field in
            guard let value = values[field], !value.isEmpty else { return nil }
            return field + "=" + (value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value)
        }.joined(separator: "&")
    }
}
