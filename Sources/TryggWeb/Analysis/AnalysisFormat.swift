import Foundation
import TryggCore

/// How analysis figures are written on pages: a Swedish page gets decimal commas.
struct AnalysisFormat {
    let texts: Texts

    func decimal(_ value: Double, _ decimals: Int = 1) -> String { texts.numbers.decimal(value, decimals: decimals) }

    /// A p-value as analysts read it: "< 0,001" below a thousandth, three decimals otherwise.
    func probability(_ p: Double) -> String {
        p < 0.001 ? "< " + decimal(0.001, 3) : decimal(p, 3)
    }

    func signed(_ value: Int) -> String { texts.numbers.signed(value) }

    /// A change in per cent (12.5 for +12.5 %), its sign always shown.
    func percent(_ value: Double?) -> String {
        guard let value else { return "–" }
        return texts.numbers.percent(value / 100, signed: true)
    }

    /// "oktober 2026" for `2026-10`.
    func monthName(_ label: String) -> String {
        let parts = label.split(separator: "-")
        guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return label }
        return texts["month_\(month)"] + " " + parts[0]
    }

    /// Weekday names, Monday first.
    var weekdays: [String] { (1...7).map { texts["weekday_\($0)"] } }

    func indicatorName(_ code: String?, _ names: CatalogueNames) -> String {
        guard let code else { return texts["analysis_all"] }
        return names.indicator(code)
    }

    /// A cell's centre as latitude and longitude with five decimals (about a metre).
    func position(_ easting: Double, _ northing: Double) -> String {
        let point = SWEREF99TM.unproject(GridPoint(easting: easting, northing: northing))
        return String(format: "%.5f, %.5f", point.latitude, point.longitude)
    }
}
