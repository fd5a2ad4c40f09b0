import Foundation
import Testing

@testable import PartyBuilding

/// The interchange reader and writer against Foundation on the format's value types, at their limits.
@Suite struct InterchangeValueCodingTests {
    @Test(arguments: [
        "150", "150.5", "150.50", "0.05", "-0.05", "1e2", "1E2", "1.5e1", "100e-2", "0", "-0", "0.0", "1.005",
        "0.001", "92233720368547758.07", "92233720368547758.08", "-92233720368547758.08", "-92233720368547758.09",
        "1e17", "1e400", "1e-400", "0e500", "01", "1.", ".5", "+1", "\"150\"", "null", "true", "[150]", "{}",
        "12345678901234567890123", "1.230000000000000000000000000",
    ])
    func money(_ json: String) {
        expectSameReading([Money].self, "[\(json)]")
    }

    @Test(arguments: ["2.5", "0.25", "1", "-1", "3e-1", "1e-1"])
    func days(_ json: String) {
        expectSameReading([Days].self, "[\(json)]")
        expectSameReading([Area].self, "[\(json)]")
    }

    @Test(arguments: [
        "0", "1", "-1", "1.0", "1e2", "100e-2", "1.5", "1e-1", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-9223372036854775809", "1e19", "-0", "0.0e5", "\"1\"", "true", "null",
    ])
    func wholeNumbers(_ json: String) {
        expectSameReading([Int].self, "[\(json)]")
        expectSameReading([Int64].self, "[\(json)]")
    }

    @Test(arguments: [
        #""2025-06-30""#, #""2024-02-29""#, #""2025-02-29""#, #""2025-6-30""#, #""+025-06-30""#, #""0000-01-01""#,
        #""9999-12-31""#, #""2025-06-30T00:00""#, #""\u0032025-06-30""#, "20250630", "null",
    ])
    func dates(_ json: String) {
        expectSameReading([CalendarDate].self, "[\(json)]")
        expectSameReading([CalendarMonth].self, "[\(json.replacingOccurrences(of: "-30\"", with: "\""))]")
    }

    @Test(arguments: [
        #"{"kind":"month","start":"2025-06-01","end":"2025-06-30"}"#,
        #"{"kind":"month","start":"2025-06-01","end":"2025-06-29"}"#,
        #"{"kind":"month","start":"2025-06-02","end":"2025-06-30"}"#,
        #"{"kind":"range","start":"2025-06-02","end":"2025-06-01"}"#,
        #"{"kind":"week","start":"2025-06-01","end":"2025-06-07"}"#,
        #"{"kind":"year","start":"2025-01-01"}"#, #"{"kind":"day","start":"2025-01-01","end":"2025-01-01","x":[1,]}"#,
    ])
    func periods(_ json: String) {
        expectSameReading(Period.self, json)
    }

    @Test(arguments: [
        #"{"numerator":1,"denominator":3}"#, #"{"numerator":2,"denominator":-4}"#, #"{"numerator":1,"denominator":0}"#,
        #"{"numerator":-9223372036854775808,"denominator":1}"#, #"{"numerator":1}"#,
    ])
    func ratios(_ json: String) {
        expectSameReading(Ratio.self, json)
    }

    @Test(arguments: [
        #""plain""#, #""é中文😀""#, #""\u00e9\ud83d\ude00""#, #""\ud800""#, #""\udc00""#, #""\/\b\f\n\r\t\"\\""#,
        #""\x""#, "\"\u{1}\"", "\"\u{7f}\"", #""\u00G0""#, #""unclosed"#, #""a" "b""#, "\u{FEFF}\"bom\"",
    ])
    func strings(_ json: String) {
        expectSameReading(String.self, json)
        expectSameReading([String].self, "[\(json)]")
    }

    @Test(arguments: ["[1,]", "[,]", "[1,,2]", "[1 2]", "[ ]", "[]", " [1] ", "[1] x", "[1]\u{0}", "[\n1\r,\t2]"])
    func structure(_ json: String) {
        expectSameReading([Int].self, json)
    }

    @Test func nesting() {
        for depth in [510, 511, 512, 513, 5_000] {
            let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            expectSameReading(Ratio.self, #"{"numerator":1,"denominator":3,"x":\#(nested)}"#)
        }
    }

    @Test func writing() {
        for fen: Int64 in [0, 5, -5, 15050, 15000, 100, .max, .min, 1, -1, 10] {
            expectSameWriting([Money(fen: fen)])
        }
        for tenths: Int64 in [0, 5, 15, -25, .max] { expectSameWriting(Days(tenths: tenths)) }
        expectSameWriting(Area(hundredthsOfSquareMetre: 123_456))
        expectSameWriting(["a/b\"\\\u{1}\u{1f}\u{7f}\u{2028}é中\n\t\u{8}\u{c}\r", ""])
        expectSameWriting(["0001-01-01", "2025-06-30", "9999-12-31"] as [CalendarDate])
        expectSameWriting([[Int]]())
        expectSameWriting([[Int]()])
        expectSameWriting(Ratio(2, -4))
        expectSameWriting(Period.month(of: "2025-02-10"))
        expectSameWriting([Int.max, Int.min, 0])
    }
}
