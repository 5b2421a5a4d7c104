import FluentKit
import Foundation
import TryggCore

/// A problem's row: the columns lists filter on and the whole `Problem` as JSON.
final class ProblemRecord: Model, @unchecked Sendable {
    static let schema = "problems"
    @ID(key: .id) var id: UUID?
    @Field(key: "municipality_id") var municipalityID: UUID
    @Field(key: "code") var code: String
    @Field(key: "status") var status: String
    @Field(key: "version") var version: Int
    @Field(key: "body") var body: String
    @Field(key: "created_at") var createdAt: Date
    init() {}
}

/// A measure's row.
final class MeasureRecord: Model, @unchecked Sendable {
    static let schema = "measures"
    @ID(key: .id) var id: UUID?
    @Field(key: "municipality_id") var municipalityID: UUID
    @Field(key: "problem_id") var problemID: UUID
    @Field(key: "status") var status: String
    @Field(key: "organisation_id") var organisationID: UUID
    @OptionalField(key: "contact_user_id") var contactUserID: UUID?
    @Field(key: "version") var version: Int
    @Field(key: "body") var body: String
    @Field(key: "created_at") var createdAt: Date
    init() {}
}

/// One version of a measure's evaluation design.
final class EvaluationDesignRecord: Model, @unchecked Sendable {
    static let schema = "evaluation_designs"
    @ID(key: .id) var id: UUID?
    @Field(key: "municipality_id") var municipalityID: UUID
    @Field(key: "measure_id") var measureID: UUID
    @Field(key: "version") var version: Int
    @Field(key: "body") var body: String
    @Field(key: "created_at") var createdAt: Date
    init() {}
}

/// A numbered decision.
final class DecisionRecord: Model, @unchecked Sendable {
    static let schema = "decisions"
    @ID(key: .id) var id: UUID?
    @Field(key: "municipality_id") var municipalityID: UUID
    @Field(key: "forum") var forum: String
    @Field(key: "meeting_date") var meetingDate: String
    @Field(key: "paragraph") var paragraph: Int
    @Field(key: "body") var body: String
    @Field(key: "created_at") var createdAt: Date
    init() {}
}

/// One entry in the history of a problem, measure or evaluation: who did what, when, and why.
final class WorkEventRecord: Model, @unchecked Sendable {
    static let schema = "work_events"
    @ID(key: .id) var id: UUID?
    @Field(key: "municipality_id") var municipalityID: UUID
    @Field(key: "subject_id") var subjectID: UUID
    @Field(key: "at") var at: Date
    @Field(key: "actor_id") var actorID: UUID
    @Field(key: "action") var action: String
    @OptionalField(key: "comment") var comment: String?
    init() {}

    init(municipalityID: UUID, subjectID: UUID, at: Date, actorID: UUID, action: String, comment: String?) {
        self.id = UUID()
        self.municipalityID = municipalityID
        self.subjectID = subjectID
        self.at = at
        self.actorID = actorID
        self.action = action
        self.comment = comment
    }
}

/// The JSON a body column holds: stable keys and ISO 8601 times, so a row reads the same on both engines.
enum WorkBody {
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A body this version cannot read is damage, never a default.
    static func decode<Value: Decodable>(_ type: Value.Type, _ text: String, table: String) throws -> Value {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do { return try decoder.decode(type, from: Data(text.utf8)) } catch { throw StoreError.corrupt(table) }
    }
}

/// A working group's row.
final class WorkingGroupRecord: Model, @unchecked Sendable {
    static let schema = "working_groups"
    @ID(key: .id) var id: UUID?
    @Field(key: "municipality_id") var municipalityID: UUID
    @Field(key: "status") var status: String
    @Field(key: "version") var version: Int
    @Field(key: "body") var body: String
    @Field(key: "created_at") var createdAt: Date
    init() {}
}

/// A group meeting's row: its participants and notes.
final class GroupMeetingRecord: Model, @unchecked Sendable {
    static let schema = "group_meetings"
    @ID(key: .id) var id: UUID?
    @Field(key: "municipality_id") var municipalityID: UUID
    @Field(key: "forum") var forum: String
    @Field(key: "meeting_date") var meetingDate: String
    @Field(key: "body") var body: String
    init() {}
}
