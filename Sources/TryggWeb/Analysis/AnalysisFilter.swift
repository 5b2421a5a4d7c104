import Foundation
import Hummingbird
import TryggCore

/// What an analysis page, its CSV and the API are asked for: period, indicator, area and the method's
/// parameters. Parsed from the query string the same way for all three, with an error for every bad
/// field and the typed text kept so the form shows it again.
struct AnalysisFilter {
    var values: [String: String]
    var period: AnalysisPeriod
    var indicator: String?
    var area: String?
    var unit = TimeSlices.Unit.month
    var cell = 250.0
    var band = 500.0
    var bandwidth = 500.0
    var errors: [FieldError] = []

    /// The filter as the analyses take it.
    var request: AnalysisRequest {
        AnalysisRequest(
            period: period, indicator: indicator, area: area, unit: unit, cell: cell, band: band, bandwidth: bandwidth)
    }

    /// The fields of the form, in order.
    static let fields = ["from", "to", "indicator", "area", "unit", "cell", "band", "bandwidth"]

    init(_ query: Parameters, kind: AnalysisKind, now: Date = Date()) {
        var values: [String: String] = [:]
        for field in Self.fields {
            values[field] = query[Substring(field)].map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
        }
        // Default: whole months up to the last complete one.
        let thisMonth = AnalysisPeriod.month(containing: now)
        let defaultStart = ISOWeek.calendar.date(byAdding: .month, value: -kind.defaultMonths, to: thisMonth.start)!
        period = AnalysisPeriod(start: defaultStart, end: thisMonth.start)
        var start = period.start, end = period.end
        if let text = values["from"]?.nonEmpty {
            if let day = LocalTime.startOfDay(text) { start = day } else { errors.append(.init("from", .invalidDate)) }
        }
        if let text = values["to"]?.nonEmpty {
            if let day = LocalTime.startOfDay(text) {
                end = ISOWeek.calendar.date(byAdding: .day, value: 1, to: day)!
            } else {
                errors.append(.init("to", .invalidDate))
            }
        }
        // One end given: the other follows from it, up to today or back by the analysis' usual span.
        let fromGiven = values["from"]?.nonEmpty != nil, toGiven = values["to"]?.nonEmpty != nil
        if fromGiven && !toGiven { end = max(now, start.addingTimeInterval(86_400)) }
        if toGiven && !fromGiven {
            start = ISOWeek.calendar.date(byAdding: .month, value: -kind.defaultMonths, to: end)!
        }
        if start >= end {
            errors.append(.init("to", .endBeforeStart))
        } else {
            period = AnalysisPeriod(start: start, end: end).until(now)
        }
        if period.end.timeIntervalSince(period.start) > 10 * 366 * 86_400 { errors.append(.init("to", .periodTooLong)) }
        indicator = values["indicator"]?.nonEmpty
        area = values["area"]?.nonEmpty
        if let text = values["unit"]?.nonEmpty {
            if let unit = TimeSlices.Unit(rawValue: text) {
                self.unit = unit
            } else {
                errors.append(.init("unit", .unknown))
            }
        }
        cell = Self.number(values["cell"], default: 250, range: 50...2_000, field: "cell", errors: &errors)
        band = Self.number(values["band"], default: 500, range: 0...10_000, field: "band", errors: &errors)
        bandwidth = Self.number(
            values["bandwidth"], default: 500, range: 100...5_000, field: "bandwidth", errors: &errors)
        for (field, value) in [
            ("from", period.firstDay), ("to", period.lastDay), ("unit", unit.rawValue), ("cell", CSV.number(cell)),
            ("band", CSV.number(band)), ("bandwidth", CSV.number(bandwidth)),
        ] where values[field]?.isEmpty ?? true {
            values[field] = value
        }
        self.values = values
    }

    static func number(
        _ text: String?, default value: Double, range: ClosedRange<Double>, field: String, errors: inout [FieldError]
    ) -> Double {
        guard let text = text?.nonEmpty else { return value }
        guard let number = Double(text.replacingOccurrences(of: ",", with: ".")), number.isFinite else {
            errors.append(.init(field, .invalidNumber))
            return value
        }
        guard range.contains(number) else {
            errors.append(.init(field, .outOfRange))
            return value
        }
        return number
    }

    /// The same filter as a query string, for CSV links and the API.
    var query: String { query(fields: Self.fields) }

    /// The filter to take along to another analysis: what and where always; the period and parameters only
    /// between analyses with the same default span (a month's hot spots would give emerging hot spots too
    /// few slices).
    func query(from kind: AnalysisKind, to other: AnalysisKind) -> String {
        query(
            fields: kind.defaultMonths == other.defaultMonths
                ? Self.fields : ["indicator", "area", "cell", "band", "bandwidth"])
    }

    func query(fields: [String]) -> String {
        fields.compactMap { field in
            values[field]?.nonEmpty.map {
                "\(field)=\($0.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? "")"
            }
        }.joined(separator: "&")
    }
}

extension CharacterSet {
    /// Letters, digits and the few marks that need no escaping inside a query value.
    static let urlQueryValueAllowed = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
}
