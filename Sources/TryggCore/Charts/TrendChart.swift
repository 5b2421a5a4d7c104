/// A line chart of counts per slice beside the same slices a year earlier, as self-contained SVG.
public struct TrendChart: Sendable {
    public var title: String
    public var description: String
    public var labels: [String]
    public var counts: [Int]
    public var earlierCounts: [Int]
    public var currentName: String
    public var earlierName: String
    public var width = 720.0
    public var height = 300.0
    /// Unique on the page: the chart's title and description are referenced by it.
    public var id = "trend"
    /// Small multiples share the legend of the large chart above them.
    public var showLegend = true
    /// A moment drawn as a vertical line before a slice: a measure's start in an evaluation's chart.
    public var marker: Marker?

    /// A vertical line before the slice at `index`, with its label.
    public struct Marker: Sendable {
        public var index: Int
        public var label: String
        public init(index: Int, label: String) {
            self.index = index
            self.label = label
        }
    }

    public init(
        title: String, description: String, labels: [String], counts: [Int], earlierCounts: [Int], currentName: String,
        earlierName: String
    ) {
        self.title = title
        self.description = description
        self.labels = labels
        self.counts = counts
        self.earlierCounts = earlierCounts
        self.currentName = currentName
        self.earlierName = earlierName
    }

    public var svg: String {
        let left = 48.0, right = 36.0, top = 40.0, bottom = 56.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let largest = max(1, (counts + earlierCounts).max() ?? 1)
        let step = Self.niceStep(Double(largest) / 4)
        let ceiling = (Double(largest) / step).rounded(.up) * step
        let x = { (i: Int) in
            left + (labels.count > 1 ? Double(i) / Double(labels.count - 1) * plotWidth : plotWidth / 2)
        }
        let y = { (value: Double) in top + plotHeight - value / ceiling * plotHeight }
        var out =
            ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \##(SVG.n(width)) \##(SVG.n(height))" width="100%" role="img" aria-labelledby="\##(id)-title \##(id)-desc" class="chart">"##
        out +=
            ##"<title id="\##(id)-title">\##(SVG.escape(title))</title><desc id="\##(id)-desc">\##(SVG.escape(description))</desc>"##
        out += ##"<rect width="100%" height="100%" fill="#ffffff"/>"##
        out += ##"<text x="8" y="20" font-size="14" font-weight="700" fill="#1b1f24">\##(SVG.escape(title))</text>"##
        var tick = 0.0
        while tick <= ceiling + step / 2 {
            out +=
                ##"<line x1="\##(SVG.n(left))" x2="\##(SVG.n(width - right))" y1="\##(SVG.n(y(tick)))" y2="\##(SVG.n(y(tick)))" stroke="#e3e7ec"/>"##
            out +=
                ##"<text x="\##(SVG.n(left - 6))" y="\##(SVG.n(y(tick) + 4))" font-size="11" text-anchor="end" fill="#39424c">\##(SVG.n(tick))</text>"##
            tick += step
        }
        // A label for at most every 60 units of width, so weeks over a year stay readable.
        let room = max(1, Int(width / 60))
        let every = max(1, (labels.count + room - 1) / room)
        for (i, label) in labels.enumerated() where i % every == 0 {
            out +=
                ##"<text x="\##(SVG.n(x(i)))" y="\##(SVG.n(height - bottom + 16))" font-size="11" text-anchor="middle" fill="#39424c">\##(SVG.escape(label))</text>"##
        }
        if let marker, labels.count > 1, (1..<labels.count).contains(marker.index) {
            let mx = (x(marker.index - 1) + x(marker.index)) / 2
            out +=
                ##"<line x1="\##(SVG.n(mx))" x2="\##(SVG.n(mx))" y1="\##(SVG.n(top - 6))" y2="\##(SVG.n(top + plotHeight))" stroke="#b3261e" stroke-width="2"/>"##
            out +=
                ##"<text x="\##(SVG.n(mx + 4))" y="\##(SVG.n(top + 6))" font-size="11" fill="#b3261e">\##(SVG.escape(marker.label))</text>"##
        }
        out += line(earlierCounts, x: x, y: y, colour: "#7a8591", dashed: true, shape: "square")
        out += line(counts, x: x, y: y, colour: "#0072B2", dashed: false, shape: "circle")
        let legendY = height - 14
        guard showLegend else { return out + "</svg>" }
        out +=
            ##"<g font-size="12" fill="#1b1f24"><line x1="\##(SVG.n(left))" x2="\##(SVG.n(left + 24))" y1="\##(SVG.n(legendY - 4))" y2="\##(SVG.n(legendY - 4))" stroke="#0072B2" stroke-width="2.5"/><text x="\##(SVG.n(left + 30))" y="\##(SVG.n(legendY))">\##(SVG.escape(currentName))</text>"##
        out +=
            ##"<line x1="\##(SVG.n(left + 220))" x2="\##(SVG.n(left + 244))" y1="\##(SVG.n(legendY - 4))" y2="\##(SVG.n(legendY - 4))" stroke="#7a8591" stroke-width="2" stroke-dasharray="5 3"/><text x="\##(SVG.n(left + 250))" y="\##(SVG.n(legendY))">\##(SVG.escape(earlierName))</text></g>"##
        return out + "</svg>"
    }

    func line(
        _ values: [Int], x: (Int) -> Double, y: (Double) -> Double, colour: String, dashed: Bool, shape: String
    ) -> String {
        guard !values.isEmpty else { return "" }
        let path = values.enumerated().map { i, v in (i == 0 ? "M" : "L") + SVG.n(x(i)) + " " + SVG.n(y(Double(v))) }
            .joined()
        var out =
            ##"<path d="\##(path)" fill="none" stroke="\##(colour)" stroke-width="\##(dashed ? "2" : "2.5")"\##(dashed ? ##" stroke-dasharray="5 3""## : "")/>"##
        for (i, v) in values.enumerated() {
            let cx = x(i), cy = y(Double(v))
            out +=
                shape == "circle"
                ? ##"<circle cx="\##(SVG.n(cx))" cy="\##(SVG.n(cy))" r="3.5" fill="\##(colour)"/>"##
                : ##"<rect x="\##(SVG.n(cx - 3))" y="\##(SVG.n(cy - 3))" width="6" height="6" fill="\##(colour)"/>"##
        }
        return out
    }

    /// 1, 2 or 5 times a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 1 else { return 1 }
        var power = 1.0
        while power * 10 <= raw { power *= 10 }
        for factor in [1.0, 2, 5, 10] where factor * power >= raw { return factor * power }
        return 10 * power
    }
}
