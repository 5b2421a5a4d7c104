import Mustache

// The agenda and the week's list repeat these models hundreds or thousands of times per page. Without
// these lookups the template engine reflects (`Mirror`) a model for every name it resolves, and every
// `{{t.…}}` inside a row reflects the row, its group and the page before it reaches the catalogue: that
// took a 540-report agenda from 43 to 258 ms (scripts/bench-reports).

extension MeetingPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "weekLabel": weekLabel
        case "agendaHeading": agendaHeading
        case "previousHref": previousHref
        case "nextHref": nextHref
        case "weekHref": weekHref
        case "decisionsAction": decisionsAction
        case "mergeAction": mergeAction
        case "notesAction": notesAction
        case "closeAction": closeAction
        case "notice": notice
        case "error": error
        case "closed": closed
        case "groups": groups
        case "comment": comment
        case "commentError": commentError
        case "duplicates": duplicates
        case "participants": participants
        case "notes": notes
        case "notesError": notesError
        case "focus": focus
        case "focusError": focusError
        case "confirmClose": confirmClose
        case "closeHint": closeHint
        default: nil
        }
    }
}

extension MeetingPage.Group: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "area": area
        case "reports": reports
        default: nil
        }
    }
}

extension MeetingPage.Item: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "href": href
        case "what": what
        case "when": when
        case "place": place
        case "description": description
        case "checked": checked
        default: nil
        }
    }
}

extension WeekPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "weekLabel": weekLabel
        case "published": published
        case "justPublished": justPublished
        case "total": total
        case "totalPrevious": totalPrevious
        case "focus": focus
        case "byIndicator": byIndicator
        case "byArea": byArea
        case "svg": svg
        case "reports": reports
        case "late": late
        case "lateIntro": lateIntro
        case "csvHref": csvHref
        case "geojsonHref": geojsonHref
        case "previousHref": previousHref
        case "nextHref": nextHref
        case "weeksHref": weeksHref
        case "meetingHref": meetingHref
        default: nil
        }
    }
}

extension WeekPage.ReportRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "when": when
        case "what": what
        case "area": area
        case "place": place
        case "description": description
        default: nil
        }
    }
}
