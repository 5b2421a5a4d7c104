import Foundation

/// The seed catalogue of indicators, from lists in Swedish EST use (see docs/domain.md); coordinators edit it.
public enum DefaultIndicators {
    /// (code, Swedish, English, asks for people count, sub-types as (code, Swedish, English))
    typealias Entry = (String, String, String, Bool, [(String, String, String)])

    // A table reads best one indicator a line.
    // swift-format-ignore
    static let entries: [Entry] = [
        ("vandalism", "Skadegörelse", "Vandalism", false, [
            ("graffiti", "Klotter", "Graffiti"),
            ("broken-glass", "Glaskross", "Broken glass"),
            ("fire", "Brand/anlagd brand", "Fire, arson"),
            ("other-vandalism", "Övrig skadegörelse", "Other vandalism"),
        ]),
        ("gathering", "Otrygghetsskapande samling av personer", "Groups creating unease", true, [
            ("stairwell", "I trapphus", "In stairwells"),
            ("basement", "I källare", "In basements"),
            ("garage", "I garage", "In garages"),
            ("shopping-centre", "I köpcentrum", "In shopping centres"),
            ("outdoors", "Utomhus", "Outdoors"),
        ]),
        ("disorder", "Ordningsstörning", "Disorder", true, [
            ("fight", "Bråk/våld", "Fights, violence"),
            ("drug-dealing", "Misstänkt narkotikahantering", "Suspected drug dealing"),
            ("rough-sleeping", "Olovligt boende/sovplats", "Rough sleeping"),
            ("reckless-driving", "Buskörning/olovlig trafik", "Reckless driving"),
            ("burglary", "Inbrott", "Burglary"),
        ]),
        ("unsafe-place", "Otrygg plats", "Unsafe place", false, [
            ("poor-lighting", "Bristfällig belysning", "Poor lighting"),
            ("vegetation", "Skymmande växtlighet", "Overgrown vegetation"),
            ("littering", "Nedskräpning", "Littering"),
            ("deserted", "Ödslig plats", "Deserted place"),
            ("neglected-upkeep", "Eftersatt underhåll", "Neglected upkeep"),
        ]),
        ("threat-to-staff", "Hot eller våld mot anställd", "Threats or violence against staff", true, []),
        ("social-media", "Ryktesspridning/oro i sociala medier", "Rumours and unrest on social media", false, []),
        ("risk-event", "Arrangemang med förhöjd risk", "Upcoming event with raised risk", true, []),
    ]

    /// Fresh indicators with new identifiers, ready to store.
    public static func make() -> [Indicator] {
        entries.map { code, sv, en, people, subs in
            Indicator(
                id: UUID(), code: code, nameSv: sv, nameEn: en, asksForPeopleCount: people,
                subtypes: subs.map { IndicatorSubtype(code: $0.0, nameSv: $0.1, nameEn: $0.2) },
                guidanceSv: DefaultGuidance.texts[code]?.sv ?? "", guidanceEn: DefaultGuidance.texts[code]?.en ?? ""
            )
        }
    }
}
