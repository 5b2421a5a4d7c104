import Foundation

/// The demo's year of problem work: when its measures ran, and the reports that make their evaluations
/// tell the two stories a new user should see. Graffiti and vandalism at Hertsön were higher before the
/// measure there and fell after it while Örnäset stayed about level (*reduction shown*); littering and unsafe
/// places fell in Gammelstad and in Sunderbyn alike, so that measure shows *no detectable change*.
public enum DemoWork {
    /// The day the demo's measures began: the first of the month fourteen months before `now`, so that nine
    /// months before, a month of doing and nine months after all lie inside the demo's two years of reports.
    public static func measureStart(now: Date) -> LocalDate {
        LocalDate(now).firstOfMonth.adding(months: -14)
    }

    /// The months each evaluation period lasts.
    public static let months = 9

    /// A story's extra reports: an indicator in an area, spread over the before period.
    struct Story {
        var indicator: String
        var subtype: String
        var text: String
        var latitude: Double
        var longitude: Double
        var count: Int
    }

    static let stories = [
        Story(
            indicator: "vandalism", subtype: "graffiti", text: "Klotter i gångtunneln vid Hertsö centrum",
            latitude: 65.586,
            longitude: 22.245, count: 70),
        Story(
            indicator: "unsafe-place", subtype: "littering", text: "Nedskräpning vid busshållplatsen",
            latitude: 65.645, longitude: 22.028, count: 30),
        Story(
            indicator: "unsafe-place", subtype: "littering", text: "Nedskräpning vid idrottsplatsen",
            latitude: 65.669, longitude: 21.933, count: 30),
    ]

    /// The extra published reports of the before period, deterministic for a given `now`.
    public static func reports(now: Date, reporters: Int) -> [DemoReports.Item] {
        var random = SeededRandom(seed: 311)
        let start = measureStart(now: now)
        let from = start.adding(months: -months).start, until = start.start
        var items: [DemoReports.Item] = []
        for story in stories {
            for _ in 0..<story.count {
                let at = from.addingTimeInterval(Double.random(in: 0..<until.timeIntervalSince(from), using: &random))
                // Evenings, as the rest of the demo: the hour is moved, the day kept.
                let evening = LocalDate(at).start.addingTimeInterval(
                    Double(Int.random(in: 17...22, using: &random)) * 3600)
                items.append(
                    DemoReports.Item(
                        draft: ReportDraft(
                            indicatorCode: story.indicator, subtypeCode: story.subtype, occurredAt: evening,
                            latitude: story.latitude + random.normal(deviation: 0.0015),
                            longitude: story.longitude + random.normal(deviation: 0.003), description: story.text),
                        status: .published, reporter: Int.random(in: 0..<max(reporters, 1), using: &random)))
            }
        }
        return items
    }
}
