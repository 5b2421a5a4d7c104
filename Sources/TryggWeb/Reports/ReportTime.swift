import Foundation
import TryggCore

/// When a report's event happened, as pages, CSV and mails write it.
enum ReportTime {
    /// Local date and time, or the date and part of day when only that is known.
    static func when(_ report: Report, _ texts: Texts) -> String {
        if let part = report.partOfDay {
            return LocalTime.day(report.occurrence.reference) + ", " + texts["when_\(part.rawValue)"]
        }
        return LocalTime.minute(report.occurredAt)
    }
}
