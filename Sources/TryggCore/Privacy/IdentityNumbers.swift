/// Personnummer and samordningsnummer: 10 or 12 digits with an optional `-` or `+` before the last four,
/// a real date (day + 60 for samordningsnummer) and a valid Luhn check digit.
enum IdentityNumbers {
    static func find(in characters: [Character]) -> [PersonalDataFinding] {
        var result: [PersonalDataFinding] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigit, index == 0 || !characters[index - 1].isASCIIDigit else {
                index += 1; continue
            }
            var matched = false
            for length in [12, 10] {
                if let (end, kind) = match(characters, from: index, dateDigits: length - 4) {
                    result.append(.init(kind: kind, start: index, end: end))
                    index = end
                    matched = true
                    break
                }
            }
            if !matched { index += 1 }
        }
        return result
    }

    /// Reads `dateDigits` digits, an optional separator, four digits; checks boundaries, date and Luhn.
    static func match(_ characters: [Character], from start: Int, dateDigits: Int) -> (Int, PersonalDataFinding.Kind)? {
        var digits: [Int] = []
        var index = start
        while index < characters.count, digits.count < dateDigits, let digit = characters[index].wholeNumberValue,
            characters[index].isASCII
        {
            digits.append(digit)
            index += 1
        }
        guard digits.count == dateDigits else { return nil }
        if index < characters.count, characters[index] == "-" || characters[index] == "+" { index += 1 }
        var tail: [Int] = []
        while index < characters.count, tail.count < 4, let digit = characters[index].wholeNumberValue,
            characters[index].isASCII
        {
            tail.append(digit)
            index += 1
        }
        guard tail.count == 4, index == characters.count || !characters[index].isASCIIDigit else { return nil }
        let date = Array(digits.suffix(6))
        let month = date[2] * 10 + date[3]
        var day = date[4] * 10 + date[5]
        var kind = PersonalDataFinding.Kind.personalIdentityNumber
        if day > 60 {
            day -= 60
            kind = .coordinationNumber
        }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        if dateDigits == 8 {
            let century = digits[0] * 10 + digits[1]
            guard century == 18 || century == 19 || century == 20 else { return nil }
        }
        guard luhnValid(date + tail) else { return nil }
        return (index, kind)
    }

    /// The Luhn check over the ten digits YYMMDDNNNC.
    static func luhnValid(_ digits: [Int]) -> Bool {
        var sum = 0
        for (position, digit) in digits.enumerated() {
            let weighted = position % 2 == 0 ? digit * 2 : digit
            sum += weighted > 9 ? weighted - 9 : weighted
        }
        return sum % 10 == 0
    }
}
