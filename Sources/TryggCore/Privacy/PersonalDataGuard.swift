import Foundation

/// Something in a free text that looks like personal data; EST reports are about places, never people.
public struct PersonalDataFinding: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case personalIdentityNumber
        case coordinationNumber
        case phoneNumber
        case emailAddress
        case vehicleRegistration
        /// A capitalised first name and surname: only a warning, since place names look the same.
        case possibleName
    }

    public var kind: Kind
    /// Character offsets into the text: `start` inclusive, `end` exclusive.
    public var start: Int
    public var end: Int

    public init(kind: Kind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    /// Findings that stop a report from being saved; a possible name only warns.
    public var blocks: Bool { kind != .possibleName }
}

/// Finds personal data in free text before it is stored (GDPR: the municipality must not keep it).
///
/// Personnummer and samordningsnummer count only with a valid date and check digit (Luhn), so ordinary
/// numbers are not refused; samordningsnummer have 60 added to the day (Skatteverket SKV 707).
public enum PersonalDataGuard {
    public static func findings(in text: String) -> [PersonalDataFinding] {
        let characters = Array(text)
        var found: [PersonalDataFinding] = []
        found += IdentityNumbers.find(in: characters)
        found += Self.emails(in: characters)
        found += PhoneNumbers.find(in: characters, excluding: found)
        found += Self.plates(in: characters, excluding: found)
        found += Self.names(in: characters, excluding: found)
        return found.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    static func emails(in characters: [Character]) -> [PersonalDataFinding] {
        var result: [PersonalDataFinding] = []
        for (index, character) in characters.enumerated() where character == "@" {
            var start = index
            while start > 0, isLocalPart(characters[start - 1]) { start -= 1 }
            var end = index + 1
            while end < characters.count, isDomainPart(characters[end]) { end += 1 }
            while end > index + 1, characters[end - 1] == "." { end -= 1 }
            let domain = String(characters[(index + 1)..<end])
            guard start < index, domain.contains("."), let last = domain.split(separator: ".").last, last.count >= 2,
                last.allSatisfy(\.isLetter)
            else { continue }
            result.append(.init(kind: .emailAddress, start: start, end: end))
        }
        return result
    }

    /// Swedish plates: three letters (not I, Q, V, Å, Ä, Ö), then two digits and a digit or letter: ABC 123, ABC 12A.
    static func plates(in characters: [Character], excluding taken: [PersonalDataFinding]) -> [PersonalDataFinding] {
        let letters = Set("ABCDEFGHJKLMNOPRSTUWXYZ")
        var result: [PersonalDataFinding] = []
        var index = 0
        while index + 6 <= characters.count {
            let letterPart = characters[index..<(index + 3)]
            let separator = characters[index + 3] == " " || characters[index + 3] == "-"
            let digitStart = index + 3 + (separator ? 1 : 0)
            guard letterPart.allSatisfy(letters.contains), digitStart + 3 <= characters.count,
                index == 0 || !characters[index - 1].isLetter && !characters[index - 1].isNumber
            else { index += 1; continue }
            let tail = characters[digitStart..<(digitStart + 3)]
            let end = digitStart + 3
            let shaped =
                tail.prefix(2).allSatisfy(\.isASCIIDigit) && (tail.last!.isASCIIDigit || letters.contains(tail.last!))
            let bounded = end == characters.count || !(characters[end].isLetter || characters[end].isNumber)
            if shaped && bounded && !overlaps(index, end, taken) {
                result.append(.init(kind: .vehicleRegistration, start: index, end: end))
                index = end
            } else {
                index += 1
            }
        }
        return result
    }

    /// Two capitalised words in a row ("Anna Svensson"); a warning the reporter may ignore.
    static func names(in characters: [Character], excluding taken: [PersonalDataFinding]) -> [PersonalDataFinding] {
        var words: [(start: Int, end: Int)] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isLetter else { index += 1; continue }
            let start = index
            while index < characters.count, characters[index].isLetter || characters[index] == "-" { index += 1 }
            words.append((start, index))
        }
        var result: [PersonalDataFinding] = []
        for (first, second) in zip(words, words.dropFirst()) {
            let gap = characters[first.end..<second.start]
            guard gap.count == 1, gap.first == " ", isName(characters[first.start..<first.end]),
                isName(characters[second.start..<second.end]), !overlaps(first.start, second.end, taken)
            else { continue }
            result.append(.init(kind: .possibleName, start: first.start, end: second.end))
        }
        return result
    }

    static func isName(_ word: ArraySlice<Character>) -> Bool {
        guard word.count >= 2, let first = word.first, first.isUppercase else { return false }
        return word.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" }
    }

    static func overlaps(_ start: Int, _ end: Int, _ taken: [PersonalDataFinding]) -> Bool {
        taken.contains { $0.start < end && start < $0.end }
    }

    static func isLocalPart(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || "._%+-".contains(c)) }
    static func isDomainPart(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || ".-".contains(c)) }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
