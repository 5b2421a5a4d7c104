import HummingbirdBcrypt
import TryggCore

/// bcrypt password hashes; the cost is lowered only in tests, where every sign-in would otherwise take ~0.25 s.
public struct BcryptHashing: PasswordHashing {
    public let cost: UInt8

    public init(cost: UInt8 = 12) { self.cost = cost }

    public func hash(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }

    public func verify(_ password: String, against hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }
}
