/// Swedish phone numbers: `+46`/`0046` or a leading `0`, then digits grouped by spaces, dashes or brackets.
enum PhoneNumbers {
    static func find(in characters: [Character], excluding taken: [PersonalDataFinding]) -> [PersonalDataFinding] {
        var result: [PersonalDataFinding] = []
        var index = 0
        while index < characters.count {
            let startsHere =
                (characters[index] == "+" || characters[index] == "0")
                && (index == 0 || !(characters[index - 1].isASCIIDigit || characters[index - 1].isLetter))
            guard startsHere else { index += 1; continue }
            var end = index + (characters[index] == "+" ? 1 : 0)
            var digits = ""
            var lastDigitEnd = end
            while end < characters.count {
                let c = characters[end]
                if c.isASCIIDigit {
                    digits.append(c)
                    lastDigitEnd = end + 1
                } else if !(c == " " || c == "-" || c == "(" || c == ")") || digits.isEmpty && characters[index] != "+"
                {
                    break
                }
                end += 1
            }
            if isSwedishNumber(digits, international: characters[index] == "+"),
                !looksLikeTimeSpan(characters[index..<lastDigitEnd]),
                !PersonalDataGuard.overlaps(index, lastDigitEnd, taken)
            {
                result.append(.init(kind: .phoneNumber, start: index, end: lastDigitEnd))
                index = lastDigitEnd
            } else {
                index += 1
            }
        }
        return result
    }

    /// National numbers have 8–10 digits with their leading 0 (7–9 after the country code).
    static func isSwedishNumber(_ digits: String, international: Bool) -> Bool {
        if international {
            return digits.hasPrefix("46") && (9...11).contains(digits.count) && !digits.dropFirst(2).hasPrefix("0")
        }
        if digits.hasPrefix("0046") { return (11...13).contains(digits.count) }
        return digits.hasPrefix("0") && !digits.hasPrefix("00") && (8...10).contains(digits.count)
    }

    /// "0830-1000" is a time span in a report, not a phone number.
    static func looksLikeTimeSpan(_ text: ArraySlice<Character>) -> Bool {
        let parts = String(text).split(separator: "-")
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 && $0.allSatisfy(\.isASCIIDigit) }) else {
            return false
        }
        return parts.allSatisfy { part in
            let value = Int(part)!
            return value / 100 < 24 && value % 100 < 60
        }
    }
}
