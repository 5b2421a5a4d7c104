/// One report as its page shows it: what, when, where, its status and history for those who may read them,
/// and the reviewer's decision form as it was left.
struct ReportPage: Sendable {
    struct Event: Sendable {
        var when: String
        var who: String
        var what: String
        var comment: String?
    }

    var what: String
    var when: String
    var area: String
    var place: String?
    var description: String
    var people: String?
    var position: String?
    var status: String
    var week: String
    var reviewComment: String?
    var history: [Event]
    /// The problems this report is evidence for, and their measures: what became of it beyond the week.
    var problems: [FedProblem]

    struct FedProblem: Sendable {
        var title: String
        var href: String
        var status: String
        var measures: String?
    }
    var editHref: String?
    var decide: Bool
    var decisionAction: String
    var version: Int
    var correctHref: String
    var submitted: Bool
    var saved: Bool
    var decidedNotice: String?
    var decisionComment: String
    var decisionError: String?
    var decisionConflict: String?
    /// The reporter is asked to look again at possible names in what they just sent.
    var checkNames: Bool
    var highlighted: [HighlightedText.Piece]
}
