import Foundation

/// Two years and a month of believable EST reports for the demo (so that a year of trends has a whole year to compare with): seasons, weekdays and evenings, a few persistent
/// clusters and one emerging one; the current week's reports await review. Places are invented.
public enum DemoReports {
    /// One generated report: what the reporter sent and what became of it.
    public struct Item: Sendable {
        public var draft: ReportDraft
        public var status: ReportStatus
        /// Index into the demo's reporters.
        public var reporter: Int
    }

    struct Cluster {
        let latitude: Double, longitude: Double, indicator: String, subtype: String, weight: Double
        /// Weeks back from now the cluster is active (an emerging cluster starts late).
        let activeFromWeeksAgo: Int
        let growing: Bool
    }

    // Each cluster lies at a place of its own, away from its area's centre where the background reports
    // gather, as a pub street, a shopping-centre entrance or a tunnel would.
    static let clusters = [
        Cluster(
            latitude: 65.5825, longitude: 22.1480, indicator: "disorder", subtype: "fight", weight: 5,
            activeFromWeeksAgo: .max, growing: false),
        Cluster(
            latitude: 65.5905, longitude: 22.2600, indicator: "gathering", subtype: "shopping-centre", weight: 4,
            activeFromWeeksAgo: .max, growing: false),
        Cluster(
            latitude: 65.6215, longitude: 22.1290, indicator: "vandalism", subtype: "graffiti", weight: 4,
            activeFromWeeksAgo: .max, growing: false),
        // Emerging: suspected drug dealing in Björkskatan during the last two months, growing.
        Cluster(
            latitude: 65.6190, longitude: 22.1930, indicator: "disorder", subtype: "drug-dealing", weight: 6,
            activeFromWeeksAgo: 9, growing: true),
    ]

    static let background: [(String, String, String, Double)] = [
        ("vandalism", "graffiti", "Klotter på fasad och elskåp", 6),
        ("vandalism", "broken-glass", "Krossad ruta i busskur", 4),
        ("vandalism", "fire", "Brand i papperskorg", 1.5), ("vandalism", "other-vandalism", "Sönderslagen parkbänk", 2),
        ("gathering", "stairwell", "Grupp samlades i trapphus, störande ljud sent", 3),
        ("gathering", "outdoors", "Större grupp vid lekplats med alkohol", 3),
        ("disorder", "reckless-driving", "Buskörning med moped på gångväg", 3),
        ("disorder", "rough-sleeping", "Tecken på övernattning i cykelrum", 1),
        ("disorder", "burglary", "Inbrott i förråd", 2),
        ("unsafe-place", "poor-lighting", "Trasig belysning längs gångvägen", 3),
        ("unsafe-place", "littering", "Nedskräpning vid återvinningsstationen", 3),
        ("unsafe-place", "vegetation", "Buskage skymmer sikten vid gångtunneln", 1.5),
        ("threat-to-staff", "", "Personal hotades verbalt vid entrén", 1),
        ("social-media", "", "Oro i sociala medier inför helgen", 0.7),
    ]

    static let clusterTexts = [
        "fight": "Bråk utanför krogen vid stängning", "shopping-centre": "Ungdomsgrupp stökar i köpcentrumets entré",
        "graffiti": "Nytt klotter i gångtunneln", "drug-dealing": "Misstänkt langning vid parkeringen bakom butiken",
    ]

    /// About `perWeek` reports a week for the `weeks` weeks before `now`, deterministic for a given seed.
    public static func generate(
        now: Date, perWeek: Double = 55, weeks: Int = 110, reporters: Int, seed: UInt64 = 2026
    ) -> [Item] {
        var random = SeededRandom(seed: seed)
        let currentWeek = ISOWeek(containing: now)
        var items: [Item] = []
        for weeksAgo in stride(from: weeks, through: 0, by: -1) {
            let week = currentWeek.adding(weeks: -weeksAgo)
            let month = ISOWeek.calendar.component(.month, from: week.start)
            // Darker months bring more reports of unsafe places, summer more gatherings.
            let season = 1 + 0.25 * Foundation.cos(Double(month - 7) / 12 * 2 * .pi)
            let count = max(0, Int(random.normal(mean: perWeek * season, deviation: perWeek / 9)))
            for _ in 0..<count {
                guard let item = one(in: week, weeksAgo: weeksAgo, now: now, reporters: reporters, random: &random)
                else { continue }
                items.append(item)
            }
        }
        return items
    }

    static func one(in week: ISOWeek, weeksAgo: Int, now: Date, reporters: Int, random: inout SeededRandom) -> Item? {
        let occurredAt = time(in: week, random: &random)
        guard occurredAt < now else { return nil }
        let active = clusters.filter { weeksAgo <= $0.activeFromWeeksAgo }
        let clusterWeight = active.reduce(0.0) { $0 + ($1.growing ? $1.weight * Double(10 - weeksAgo) / 5 : $1.weight) }
        var draft: ReportDraft
        if Double.random(in: 0..<(clusterWeight + 35), using: &random) < clusterWeight,
            let cluster = active.randomElement(using: &random)
        {
            draft = ReportDraft(
                indicatorCode: cluster.indicator, subtypeCode: cluster.subtype, occurredAt: occurredAt,
                latitude: cluster.latitude + random.normal(deviation: 0.0012),
                longitude: cluster.longitude + random.normal(deviation: 0.0025),
                description: clusterTexts[cluster.subtype] ?? "Händelse",
                peopleCount: Int.random(in: 2...8, using: &random)
            )
        } else {
            let total = background.reduce(0.0) { $0 + $1.3 }
            var pick = Double.random(in: 0..<total, using: &random)
            let entry =
                background.first {
                    pick -= $0.3; return pick < 0
                } ?? background[0]
            let area = LuleaAreas.all.prefix(12).randomElement(using: &random)!
            let spread = area.code == "ranea" || area.code.hasSuffix("byarna") ? 0.02 : 0.006
            draft = ReportDraft(
                indicatorCode: entry.0, subtypeCode: entry.1.isEmpty ? nil : entry.1, occurredAt: occurredAt,
                latitude: area.latitude + random.normal(deviation: spread),
                longitude: area.longitude + random.normal(deviation: spread * 2),
                description: entry.2,
                peopleCount: ["gathering", "disorder", "threat-to-staff"].contains(entry.0)
                    ? Int.random(in: 1...12, using: &random) : nil
            )
        }
        let status: ReportStatus
        if weeksAgo == 0 {
            status = .submitted
        } else {
            let roll = Double.random(in: 0..<1, using: &random)
            status = roll < 0.03 ? .rejected : (roll < 0.05 ? .merged : .published)
        }
        return Item(draft: draft, status: status, reporter: Int.random(in: 0..<max(reporters, 1), using: &random))
    }

    /// Evenings and weekends weigh most, as in EST reports from Swedish municipalities.
    static func time(in week: ISOWeek, random: inout SeededRandom) -> Date {
        let dayWeights = [1.0, 1.0, 1.1, 1.2, 1.6, 1.8, 1.3]
        var pick = Double.random(in: 0..<dayWeights.reduce(0, +), using: &random)
        let day =
            dayWeights.firstIndex {
                pick -= $0; return pick < 0
            } ?? 0
        let hourWeights: [Double] = [
            3, 2, 1.5, 1, 0.5, 0.5, 0.5, 1, 1, 1, 1.2, 1.3, 1.4, 1.5, 1.6, 2, 2.5, 3, 4, 5, 5.5, 5.5, 5, 4,
        ]
        pick = Double.random(in: 0..<hourWeights.reduce(0, +), using: &random)
        let hour =
            hourWeights.firstIndex {
                pick -= $0; return pick < 0
            } ?? 20
        let minute = Int.random(in: 0..<60, using: &random)
        return week.start.addingTimeInterval(Double(day * 86_400 + hour * 3_600 + minute * 60))
    }
}
