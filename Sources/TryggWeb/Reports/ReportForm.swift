import Foundation
import TryggCore

/// The report form's fields as typed, and the draft they make; kept whole so a refused form shows them again.
struct ReportForm {
    var what: String = ""
    var date: String = ""
    var time: String = ""
    var partOfDay: String = ""
    var latitude: String = ""
    var longitude: String = ""
    var area: String = ""
    var place: String = ""
    var description: String = ""
    var people: String = ""
    /// Identifies one filling-in of the form, so a double tap files one report.
    var submission: String = UUID().uuidString
    /// The version of the report the form was opened on (editing, correcting): a report changed since is a conflict.
    var version: String = ""

    init() {}

    init(_ form: FormData) {
        what = form["what"]
        date = form["date"]
        time = form["time"]
        partOfDay = form["partOfDay"]
        latitude = form["latitude"]
        longitude = form["longitude"]
        area = form["area"]
        place = form["place"]
        description = form["description"]
        people = form["people"]
        submission = form["submission"]
        version = form["version"]
    }

    init(_ report: Report) {
        what = report.indicatorCode + (report.subtypeCode.map { ":" + $0 } ?? "")
        date = LocalTime.day(report.occurrence.reference)
        if let part = report.partOfDay {
            partOfDay = part == .wholeDay ? "" : part.rawValue
        } else {
            time = LocalTime.time(report.occurredAt)
        }
        latitude = report.latitude.map { String(format: "%.6f", $0) } ?? ""
        longitude = report.longitude.map { String(format: "%.6f", $0) } ?? ""
        area = report.areaCode ?? ""
        place = report.placeDescription
        description = report.description
        people = report.peopleCount.map(String.init) ?? ""
        version = String(report.version)
    }

    /// The draft, plus errors for fields that are not even readable (a date that is no date).
    func draft() -> (ReportDraft, [FieldError]) {
        var errors: [FieldError] = []
        let pieces = what.split(separator: ":", maxSplits: 1).map(String.init)
        // A date without a clock time is a span: the part of day chosen, or the whole day.
        let part = time.isEmpty ? ReportDraft.PartOfDay(rawValue: partOfDay) ?? .wholeDay : nil
        var occurredAt: Date?
        if !date.isEmpty {
            occurredAt = Self.date(date, time: time, part: part)
            // Say which half is wrong: a date that is no date, or a clock time that is none.
            if occurredAt == nil {
                errors.append(.init("occurredAt", LocalTime.startOfDay(date) == nil ? .invalidDate : .invalidTime))
            }
        }
        var peopleCount: Int?
        if !people.trimmingCharacters(in: .whitespaces).isEmpty {
            peopleCount = Int(people.trimmingCharacters(in: .whitespaces))
            if peopleCount == nil { errors.append(.init("peopleCount", .invalidNumber)) }
        }
        let draft = ReportDraft(
            indicatorCode: pieces.first ?? "", subtypeCode: pieces.count > 1 ? pieces[1] : nil, occurredAt: occurredAt,
            partOfDay: part, latitude: Double(latitude), longitude: Double(longitude),
            areaCode: area.isEmpty ? nil : area, placeDescription: place, description: description,
            peopleCount: peopleCount
        )
        return (draft, errors)
    }

    /// A local date and time; without a time, the start of the part of day.
    static func date(_ day: String, time: String, part: ReportDraft.PartOfDay?) -> Date? {
        let dayParts = day.split(separator: "-").compactMap { Int($0) }
        guard dayParts.count == 3 else { return nil }
        if let part { return part.start(year: dayParts[0], month: dayParts[1], day: dayParts[2]) }
        let timeParts = time.split(separator: ":").compactMap { Int($0) }
        guard timeParts.count >= 2, (0..<24).contains(timeParts[0]), (0..<60).contains(timeParts[1]) else { return nil }
        return LocalTime.date(
            year: dayParts[0], month: dayParts[1], day: dayParts[2], hour: timeParts[0], minute: timeParts[1])
    }

    /// The fields a "save and report another" keeps: when and where.
    var keepingWhenAndWhere: ReportForm {
        var next = ReportForm()
        next.date = date
        next.time = time
        next.partOfDay = partOfDay
        next.latitude = latitude
        next.longitude = longitude
        next.area = area
        next.place = place
        return next
    }
}
