import Foundation

// The value types of the interchange format, read exactly from the number or text as written.

extension Identifier: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) { self.init(rawValue: try reader.readString()) }

    func write(to writer: inout JSONWriter) { writer.write(rawValue) }
}

extension CalendarDate: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        // `YYYY-MM-DD` in ASCII digits is read directly; anything else goes through `init(iso8601:)`,
        // which gives the same answer and the error's words.
        let (date, text) = try reader.readString(parsing: Self.digits)
        if let date {
            self = date
            return
        }
        do { try self.init(iso8601: text) } catch {
            throw .invalid(error.errorDescription ?? text, at: start)
        }
    }

    /// The date of ten bytes `YYYY-MM-DD` in ASCII digits, if it is a day of the calendar.
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit <= 9 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return try? CalendarDate(year: year, month: month, day: day)
    }

    func write(to writer: inout JSONWriter) {
        writer.appendASCII(UInt8(ascii: "\""))
        writer.appendDigits(UInt64(year), minimumCount: 4)
        writer.appendASCII(UInt8(ascii: "-"))
        writer.appendDigits(UInt64(month), minimumCount: 2)
        writer.appendASCII(UInt8(ascii: "-"))
        writer.appendDigits(UInt64(day), minimumCount: 2)
        writer.appendASCII(UInt8(ascii: "\""))
    }
}

extension CalendarMonth: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        // `YYYY-MM` in ASCII digits is read directly, anything else through `init(iso8601:)`.
        let (month, text) = try reader.readString(parsing: Self.digits)
        if let month {
            self = month
            return
        }
        do { try self.init(iso8601: text) } catch {
            throw .invalid("\"\(text)\" is not a month (YYYY-MM)", at: start)
        }
    }

    /// The month of seven bytes `YYYY-MM` in ASCII digits, if it is a month of the calendar.
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>) -> CalendarMonth? {
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return nil }
        var year = 0
        for index in 0..<4 {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit <= 9 else { return nil }
            year = year * 10 + Int(digit)
        }
        let tens = bytes[5] &- UInt8(ascii: "0")
        let units = bytes[6] &- UInt8(ascii: "0")
        guard tens <= 9, units <= 9 else { return nil }
        return try? CalendarMonth(year: year, month: Int(tens) * 10 + Int(units))
    }

    func write(to writer: inout JSONWriter) { writer.write(description) }
}

extension Money: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        self.init(fen: try reader.readUnits(decimals: 2, what: "money", unit: "yuan", exact: Money.init(yuan:)).fen)
    }

    func write(to writer: inout JSONWriter) { writer.write(units: fen, decimals: 2) }
}

extension Area: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        self = try reader.readUnits(decimals: 2, what: "area", unit: "m²", exact: Area.init(squareMetres:))
    }

    func write(to writer: inout JSONWriter) { writer.write(units: hundredthsOfSquareMetre, decimals: 2) }
}

extension Days: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        self = try reader.readUnits(decimals: 1, what: "days", unit: nil, exact: Days.init(_:))
    }

    func write(to writer: inout JSONWriter) { writer.write(units: tenths, decimals: 1) }
}

extension JSONReader {
    /// Reads a number of a unit held in whole hundredths or tenths, exactly.
    ///
    /// The value is built from the units directly; when the number does not fit them, `exact` (the
    /// `Decimal` initialiser the `Decodable` conformance uses) gives the error's words, as in
    /// "money 1.005 yuan: 1.005 is not a whole number of fen".
    fileprivate mutating func readUnits<Value: UnitsConvertible>(
        decimals: Int, what: String, unit: String?, exact: (Decimal) throws(ValueError) -> Value
    ) throws(ReadFailure) -> Value {
        let start = offset
        let number = try readNumber()
        if case .value(let units) = number.scaled(by: decimals), units != 0 || number.fitsDecimal {
            return Value(units: units)
        }
        let text = number.text
        let shown = unit.map { " \($0)" } ?? ""
        guard let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            throw .invalid("\(what) \(text)\(shown): \(ValueError.outOfRange(text).localizedDescription)", at: start)
        }
        do {
            return try exact(decimal)
        } catch {
            throw .invalid("\(what) \(decimal)\(shown): \(error.localizedDescription)", at: start)
        }
    }
}

/// A value held as a whole number of small units (fen, hundredths of a square metre, tenths of a day).
private protocol UnitsConvertible {
    init(units: Int64)
}

extension Money: UnitsConvertible {
    fileprivate init(units: Int64) { self.init(fen: units) }
}

extension Area: UnitsConvertible {
    fileprivate init(units: Int64) { self.init(hundredthsOfSquareMetre: units) }
}

extension Days: UnitsConvertible {
    fileprivate init(units: Int64) { self.init(tenths: units) }
}

extension Ratio: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var numerator: Int64?
        var denominator: Int64?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "numerator": try reader.readRequired(&numerator)
            case "denominator": try reader.readRequired(&denominator)
            default: try reader.skipValue()
            }
        }
        guard let denominator else { throw .missing("denominator", at: start) }
        guard let numerator else { throw .missing("numerator", at: start) }
        guard Self.canDecode(numerator, denominator) else {
            throw ReadFailure.invalid(Self.decodingFailure, at: start).inside(.key("denominator"))
        }
        self.init(numerator, denominator)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("denominator", denominator)
        writer.field("numerator", numerator)
        writer.endObject()
    }
}

extension Period.Kind: InterchangeCode {}

extension Period: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var kind: Kind?
        var first: CalendarDate?
        var last: CalendarDate?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "kind": try reader.readRequired(&kind)
            case "start": try reader.readRequired(&first)
            case "end": try reader.readRequired(&last)
            default: try reader.skipValue()
            }
        }
        guard let kind else { throw .missing("kind", at: start) }
        guard let first else { throw .missing("start", at: start) }
        guard let last else { throw .missing("end", at: start) }
        switch Period.decoded(kind, first, last) {
        case .success(let period): self = period
        case .failure(let failure):
            throw ReadFailure.invalid(failure.reason, at: start).inside(.key(failure.atStart ? "start" : "end"))
        }
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("end", end)
        writer.field("kind", kind)
        writer.field("start", start)
        writer.endObject()
    }
}
