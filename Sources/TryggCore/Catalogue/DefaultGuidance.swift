/// "What to report here" for the default indicators: the line between two indicators is where reporters
/// disagree most, so each text says what belongs and what does not. Coordinators can edit them.
public enum DefaultGuidance {
    public static let texts: [String: (sv: String, en: String)] = [
        "vandalism": (
            "Skador på saker: klotter, krossat glas, bränder och annan förstörelse. Ange det som syns, inte vem som gjorde det.",
            "Damage to things: graffiti, broken glass, fires and other destruction. Describe what can be seen, not who did it."
        ),
        "gathering": (
            "En grupp vars närvaro gör platsen otrygg för andra, t.ex. i trapphus, källare eller köpcentrum. Ange ungefär hur många. Bråk eller våld rapporteras som ordningsstörning.",
            "A group whose presence makes the place feel unsafe to others, e.g. in stairwells, basements or shopping centres. Give roughly how many. Fights or violence go under disorder."
        ),
        "disorder": (
            "Händelser som stör ordningen: bråk, misstänkt langning, olovlig övernattning, buskörning, inbrott. Ring 112 vid pågående brott; rapporten ersätter inte en polisanmälan.",
            "Events that disturb public order: fights, suspected dealing, rough sleeping, reckless driving, burglary. Call 112 for a crime in progress; a report does not replace a police report."
        ),
        "unsafe-place": (
            "En plats som känns eller är otrygg oavsett vad som händer där: dålig belysning, skymmande växtlighet, skräp, ödsliga stråk, eftersatt underhåll.",
            "A place that feels or is unsafe whatever happens there: poor lighting, overgrown vegetation, litter, deserted paths, neglected upkeep."
        ),
        "threat-to-staff": (
            "Hot eller våld mot dig eller en kollega i tjänsten. Följ också arbetsgivarens rutin för tillbud; skriv inga namn här.",
            "Threats or violence against you or a colleague at work. Also follow your employer's incident routine; write no names here."
        ),
        "social-media": (
            "Rykten eller oro i sociala medier som kan påverka tryggheten på en plats, t.ex. uppmaningar till slagsmål. Beskriv innehållet, länka inte till personer.",
            "Rumours or unrest on social media that may affect safety at a place, e.g. calls to fight. Describe the content; do not link to people."
        ),
        "risk-event": (
            "Ett kommande arrangemang där risken för oro är förhöjd, t.ex. en match eller skolavslutning. Ange datum och ungefär hur många som väntas.",
            "An upcoming event with a raised risk of trouble, e.g. a match or the end of term. Give the date and roughly how many are expected."
        ),
    ]
}
