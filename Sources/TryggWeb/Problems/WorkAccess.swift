import Foundation
import TryggCore
import TryggStore

extension SignedInUser {
    /// The problem, once the person may work on it (planners, and its working group's members): a problem
    /// that does not exist is 404, someone else's group's is 403.
    func workableProblem(_ id: UUID) async throws -> Problem {
        guard let problem = try await stores.problems.find(id) else { throw AppError.notFound }
        guard user.mayWork(on: problem, groups: try await stores.workingGroups.all()) else {
            throw AppError.forbidden
        }
        return problem
    }

    /// A measure and its problem, once the person may work on them.
    func workableMeasure(_ id: UUID) async throws -> (Measure, Problem) {
        guard let measure = try await stores.measures.find(id) else { throw AppError.notFound }
        return (measure, try await workableProblem(measure.problemID))
    }

    /// Whether the person may work on the problem, for showing its forms.
    func mayWork(on problem: Problem) async throws -> Bool {
        user.mayWork(on: problem, groups: try await stores.workingGroups.all())
    }
}
