/// The weekday × hour matrix as a grid of shaded squares, darker for more reports, with the values in titles.
public struct HotTimeChart: Sendable {
    public var title: String
    public var description: String
    public var matrix: HotTimes
    /// Monday first.
    public var weekdayNames: [String]

    public init(title: String, description: String, matrix: HotTimes, weekdayNames: [String]) {
        self.title = title
        self.description = description
        self.matrix = matrix
        self.weekdayNames = weekdayNames
    }

    /// Sequential blues (ColorBrewer), light to dark, readable in grey print too.
    static let shades = [
        "#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b",
    ]

    public var svg: String {
        let left = 44.0, top = 40.0, cell = 26.0, gap = 2.0
        let width = left + 24 * cell + 16, height = top + 7 * cell + 34
        let largest = matrix.largest
        var out =
            ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \##(SVG.n(width)) \##(SVG.n(height))" width="100%" role="img" aria-labelledby="hottimes-title hottimes-desc" class="chart">"##
        out +=
            ##"<title id="hottimes-title">\##(SVG.escape(title))</title><desc id="hottimes-desc">\##(SVG.escape(description))</desc>"##
        out +=
            ##"<rect width="100%" height="100%" fill="#ffffff"/><text x="8" y="20" font-size="14" font-weight="700" fill="#1b1f24">\##(SVG.escape(title))</text>"##
        for hour in stride(from: 0, to: 24, by: 2) {
            out +=
                ##"<text x="\##(SVG.n(left + Double(hour) * cell + cell / 2))" y="\##(SVG.n(top - 6))" font-size="10" text-anchor="middle" fill="#39424c">\##(hour)</text>"##
        }
        for day in 0..<7 {
            let y = top + Double(day) * cell
            let dayName = day < weekdayNames.count ? weekdayNames[day] : String(day + 1)
            out +=
                ##"<text x="\##(SVG.n(left - 6))" y="\##(SVG.n(y + cell / 2 + 4))" font-size="11" text-anchor="end" fill="#39424c">\##(SVG.escape(dayName))</text>"##
            for hour in 0..<24 {
                let value = matrix.weights[day][hour]
                let shade =
                    largest > 0
                    ? Self.shades[
                        min(Self.shades.count - 1, Int((value / largest * Double(Self.shades.count - 1)).rounded()))]
                    : Self.shades[0]
                let label = "\(dayName) \(hour):00–\(hour + 1):00: \(CSV.number(value, decimals: 1))"
                out +=
                    ##"<rect x="\##(SVG.n(left + Double(hour) * cell))" y="\##(SVG.n(y))" width="\##(SVG.n(cell - gap))" height="\##(SVG.n(cell - gap))" fill="\##(shade)"><title>\##(SVG.escape(label))</title></rect>"##
            }
        }
        let scaleY = top + 7 * cell + 10
        for (i, shade) in Self.shades.enumerated() {
            out +=
                ##"<rect x="\##(SVG.n(left + Double(i) * 18))" y="\##(SVG.n(scaleY))" width="16" height="10" fill="\##(shade)" stroke="#c9d0d8" stroke-width="0.5"/>"##
        }
        out +=
            ##"<text x="\##(SVG.n(left + Double(Self.shades.count) * 18 + 6))" y="\##(SVG.n(scaleY + 9))" font-size="10" fill="#39424c">0 – \##(CSV.number(largest, decimals: 1))</text>"##
        return out + "</svg>"
    }
}
