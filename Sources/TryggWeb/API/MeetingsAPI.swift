import Foundation
import Hummingbird
import TryggCore
import TryggStore

/// `/api/v1/meetings/{week}`: the weekly meeting as its page runs it — the agenda, decisions in bulk, the
/// minutes (participants, notes, focus areas) and closing, which publishes the week.
struct MeetingsAPI {

    struct MeetingJSON: Encodable {
        var week: String
        var closed: Bool
        var closedAt: Date?
        var participants: [String]
        var notes: String
        var focus: String
        /// Every report awaiting review, whatever week it happened in.
        var agenda: [ReportsAPI.ReportJSON]
        /// Pairs that look like one event reported twice.
        var duplicates: [DuplicateJSON]
    }

    struct DuplicateJSON: Encodable {
        var kept: UUID
        var duplicate: UUID
    }

    struct Decisions: Decodable {
        var reports: [UUID]
        var decision: ReviewDecision
        var comment: String?
    }

    struct DecisionsJSON: Encodable {
        var decided: [UUID]
        /// Decided or changed by someone else first; left as they were.
        var conflicts: [UUID]
    }

    struct Minutes: Decodable {
        var participants: [String]?
        var notes: String?
        var focus: String?

        var minutes: MeetingStore.Minutes {
            .init(participants: participants ?? [], notes: notes ?? "", focus: focus ?? "")
        }
    }

    struct Closed: Encodable {
        var week: String
        var publishedReports: Int
    }

    func register(on router: RouterGroup<AppRequestContext>) {
        router.on(.get, APIRoute.meeting(.key)) { _, context, signedIn in
            try JSONResponse.make(try await meeting(try context.week(), signedIn))
        }
        router.on(.post, APIRoute.meetingDecisions(.key)) { request, context, signedIn in
            var request = request
            let body = try await request.json(Decisions.self)
            // Checked before any decision, so a refused comment leaves every report as it was.
            let comment = (body.comment ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            var errors = FreeTextCheck.errors([("comment", comment)])
            if body.decision.needsComment && comment.isEmpty { errors.append(.init("comment", .required)) }
            if body.reports.isEmpty { errors.append(.init("reports", .required)) }
            guard errors.isEmpty else { throw AppError.invalid(errors) }
            let store = signedIn.stores.reports
            var result = DecisionsJSON(decided: [], conflicts: [])
            for id in body.reports {
                do {
                    _ = try await store.decide(id, body.decision, comment: comment, by: signedIn.user)
                    result.decided.append(id)
                } catch StoreError.conflict {
                    result.conflicts.append(id)
                } catch StoreError.notFound {
                    result.conflicts.append(id)
                }
            }
            return try JSONResponse.make(result)
        }
        router.on(.put, APIRoute.minutes(.key)) { request, context, signedIn in
            var request = request
            let body = try await request.json(Minutes.self).minutes
            let week = try context.week()
            try await signedIn.stores.meetings
                .save(week, participants: body.participants, notes: body.notes, focus: body.focus)
            return try JSONResponse.make(try await meeting(week, signedIn))
        }
        router.on(.post, APIRoute.close(.key)) { request, context, signedIn in
            var request = request
            // Minutes are optional: closing as they stand is what the publish endpoint does too.
            let buffer = try await request.collectBody(upTo: Request.maxBodySize)
            let minutes = buffer.readableBytes == 0 ? nil : try await request.json(Minutes.self).minutes
            let week = try context.week()
            let count = try await signedIn.stores.meetings.close(
                week, minutes: minutes, by: signedIn.user)
            return try JSONResponse.make(Closed(week: week.description, publishedReports: count))
        }
    }

    func meeting(_ week: ISOWeek, _ signedIn: SignedInUser) async throws -> MeetingJSON {
        let submitted = try await signedIn.stores.reports
            .list(scope: .all, filter: .init(status: .submitted), limit: 5_000)
        let meeting = try await signedIn.stores.meetings.meeting(week)
        return MeetingJSON(
            week: week.description, closed: meeting?.isClosed ?? false, closedAt: meeting?.closedAt,
            participants: meeting?.participants ?? [], notes: meeting?.notes ?? "", focus: meeting?.focus ?? "",
            agenda: submitted.map { .init($0, showReporter: true) },
            duplicates: DuplicateFinder().pairs(in: submitted).map { DuplicateJSON(kept: $0.0, duplicate: $0.1) }
        )
    }
}
