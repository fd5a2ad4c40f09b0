/// A JSON number as written, read exactly: no binary floating point between the text and the
/// whole number of fen, hundredths of a square metre or tenths of a day it stands for.
struct JSONNumber {
    /// A number scaled to a whole number of units.
    enum Scaled: Equatable {
        /// The whole number.
        case value(Int64)
        /// The number has more decimal places than the unit holds.
        case notExact
        /// The number is beyond `Int64`.
        case outOfRange
    }

    /// The bytes of the number, valid while the reader's bytes are.
    private let bytes: UnsafeBufferPointer<UInt8>

    /// A number over bytes that the reader checked against the JSON grammar.
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The number as written.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether `Decimal` holds the number as written: its exponent, once the point is moved to the
    /// end of the digits (`1.5e3` is 15 × 10²), is from −128 to 127. Foundation refuses a `Decimal`
    /// beyond, even zero (`0e200`); a nonzero number there is beyond every unit anyway.
    var fitsDecimal: Bool {
        var fractionDigits = 0
        var index = 0
        while index < bytes.count, bytes[index] != UInt8(ascii: "."), bytes[index] | 0x20 != UInt8(ascii: "e") {
            index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, bytes[index] | 0x20 != UInt8(ascii: "e") {
                fractionDigits += 1
                index += 1
            }
        }
        var exponent = 0
        if index < bytes.count {
            index += 1
            let negative = bytes[index] == UInt8(ascii: "-")
            if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            while index < bytes.count {
                exponent = min(exponent * 10 + Int(bytes[index] &- UInt8(ascii: "0")), 1_000_000)
                index += 1
            }
            if negative { exponent = -exponent }
        }
        return (-128...127).contains(exponent - fractionDigits)
    }

    /// The number times 10^`decimals` as a whole number: 150.5 scaled by 2 is 15050; 150.505 scaled by
    /// 2 is not exact; `1e2` scaled by 0 is 100.
    func scaled(by decimals: Int) -> Scaled {
        var index = 0
        let negative = bytes[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        // The digits of the significand without the point, and where the point and exponent are.
        var significant: UInt64 = 0
        var significantCount = 0
        var pendingZeros = 0
        var fractionDigits = 0
        var inFraction = false
        var overflow = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                inFraction = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                break
            } else {
                let digit = UInt64(byte &- UInt8(ascii: "0"))
                if inFraction { fractionDigits += 1 }
                if digit == 0 {
                    if significantCount > 0 { pendingZeros += 1 }
                } else {
                    // Multiply in the zeros held back, then the digit.
                    for _ in 0..<pendingZeros + 1 where !overflow {
                        let (product, carry) = significant.multipliedReportingOverflow(by: 10)
                        overflow = carry
                        significant = product
                    }
                    let (sum, carry) = significant.addingReportingOverflow(digit)
                    overflow = overflow || carry
                    significant = sum
                    significantCount += pendingZeros + 1
                    pendingZeros = 0
                }
            }
            index += 1
        }
        var exponent = 0
        if index < bytes.count {
            index += 1
            var exponentNegative = false
            if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            while index < bytes.count {
                // Saturates far beyond any unit's range.
                exponent = min(exponent * 10 + Int(bytes[index] &- UInt8(ascii: "0")), 1_000_000)
                index += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        if significantCount == 0 { return .value(0) }
        // value = significant × 10^power, with no trailing zero in `significant`.
        let power = exponent - fractionDigits + pendingZeros + decimals
        if power < 0 { return .notExact }
        if overflow || power > 18 { return .outOfRange }
        var magnitude = significant
        for _ in 0..<power {
            let (product, carry) = magnitude.multipliedReportingOverflow(by: 10)
            if carry { return .outOfRange }
            magnitude = product
        }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return .outOfRange }
            return .value(magnitude == UInt64(Int64.max) + 1 ? .min : -Int64(magnitude))
        }
        guard magnitude <= UInt64(Int64.max) else { return .outOfRange }
        return .value(Int64(magnitude))
    }
}
