/// Hashes and checks passwords; the web layer supplies bcrypt, tests may use a cheaper cost.
public protocol PasswordHashing: Sendable {
    func hash(_ password: String) -> String
    func verify(_ password: String, against hash: String) -> Bool
}
