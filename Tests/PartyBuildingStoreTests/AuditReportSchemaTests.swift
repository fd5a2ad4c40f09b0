import Foundation
import PartyBuilding
import Testing

/// The report's JSON against `Documentation/Schema/audit-report.schema.json` and the "Audit reports"
/// section of `Documentation/InterchangeFormat.md` (issue item 9: findings encode readably).
@Suite struct AuditReportSchemaTests {
    /// The repository's root, found from this source file's place in it.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let schema = repository.appendingPathComponent("Documentation/Schema/audit-report.schema.json")
    static let article = repository.appendingPathComponent("Documentation/InterchangeFormat.md")

    /// The unit names of `Quantity+Coding.swift`'s table.
    static let units: Set<String> = [
        "money", "area", "days", "count", "years", "year", "age", "fractional-age", "share", "multiple", "flag", "date",
        "label", "periods",
    ]

    @Test(arguments: AuditReportCase.allCases)
    func theReportMatchesTheSchema(_ audit: AuditReportCase) async throws {
        let validator = try JSONSchemaValidator(contentsOf: Self.schema)
        let json = try JSONSerialization.jsonObject(with: try Self.encoded(try await audit.report()))
        let violation = validator.firstViolation(in: json)
        #expect(violation == nil, "\(violation?.description ?? "")")
    }

    @Test(arguments: AuditReportCase.allCases)
    func noValueIsWrappedInAPositionalKey(_ audit: AuditReportCase) async throws {
        let data = try Self.encoded(try await audit.report())
        let wrapped = String(decoding: data, as: UTF8.self).contains("\"_0\"")
        #expect(!wrapped, "the report's JSON has a key \"_0\"")
        var keys: Set<String> = []
        Self.visit(try JSONSerialization.jsonObject(with: data)) { object in keys.formUnion(object.keys) }
        #expect(keys.filter { $0.hasPrefix("_") }.isEmpty)
    }

    @Test(arguments: AuditReportCase.allCases)
    func everyQuantityNamesItsUnit(_ audit: AuditReportCase) async throws {
        let findings = try Self.findings(of: try await audit.report())
        var quantities = 0
        for (index, finding) in findings.enumerated() {
            let requirement = finding["required"] as? [String: Any]
            let values = [
                ("measured", finding["measured"]), ("detail", finding["detail"]),
                ("required.value", requirement?["value"]), ("required.upperValue", requirement?["upperValue"]),
            ]
            for case (let name, let value?) in values {
                quantities += 1
                let unit = (value as? [String: Any])?["unit"] as? String
                #expect(unit.map(Self.units.contains) == true, "findings[\(index)].\(name) has no known unit")
            }
        }
        #expect(quantities > 0)
    }

    @Test func theAuditsCoverEveryUnitSubjectSeverityAndOptionalField() async throws {
        var units: Set<String> = []
        var subjects: Set<String> = []
        var severities: Set<String> = []
        var parameterKinds: Set<String> = []
        var absent: Set<String> = []
        var present: Set<String> = []
        var periodKinds: Set<String> = []
        for audit in AuditReportCase.allCases {
            let json = try #require(
                try JSONSerialization.jsonObject(with: try Self.encoded(try await audit.report())) as? [String: Any])
            present.formUnion(json.keys)
            Self.visit(json) { object in
                if let unit = object["unit"] as? String { units.insert(unit) }
                if let kind = object["kind"] as? String, object["start"] != nil { periodKinds.insert(kind) }
            }
            for finding in json["findings"] as? [[String: Any]] ?? [] {
                subjects.formUnion(Array((finding["subject"] as? [String: Any] ?? [:]).keys))
                severities.insert(finding["severity"] as? String ?? "")
                for field in ["communityID", "measured", "required", "detail", "exception"] {
                    if finding[field] == nil { absent.insert("finding.\(field)") } else { present.insert(field) }
                }
                if let exception = finding["exception"] as? [String: Any] {
                    for field in ["subject", "validUntil"] {
                        if exception[field] == nil {
                            absent.insert("exception.\(field)")
                        } else {
                            present.insert(field)
                        }
                    }
                }
                if (finding["required"] as? [String: Any])?["upperValue"] != nil { present.insert("upperValue") }
                for binding in finding["parameters"] as? [[String: Any]] ?? [] {
                    parameterKinds.formUnion(Array((binding["value"] as? [String: Any] ?? [:]).keys))
                }
            }
            for change in json["parameterChanges"] as? [[String: Any]] ?? [] {
                if change["baseline"] == nil { absent.insert("change.baseline") } else { present.insert("baseline") }
            }
            if json["scenarioName"] == nil { absent.insert("scenarioName") }
            if !(json["applicationsNotInForce"] as? [Any] ?? []).isEmpty { present.insert("notInForce") }
        }
        #expect(units == Self.units)
        #expect(subjects.isSuperset(of: ["community", "organisation", "worker", "portfolio"]))
        #expect(severities == Set(Severity.allCases.map(\.rawValue)))
        // The one kind the built-in pack has no parameter of, `area`, is checked on its own below.
        #expect(parameterKinds == ["money", "count", "ratio", "days", "years", "text", "texts"])
        #expect(periodKinds == ["day", "month", "year", "range"])
        let optional: Set<String> = [
            "communityID", "measured", "required", "detail", "exception", "subject", "validUntil", "upperValue",
            "baseline", "scenarioName", "notInForce",
        ]
        #expect(optional.isSubset(of: present), "never present: \(optional.subtracting(present).sorted())")
        let sometimesAbsent: Set<String> = [
            "finding.communityID", "finding.measured", "finding.required", "finding.detail", "finding.exception",
            "exception.subject", "exception.validUntil", "change.baseline", "scenarioName",
        ]
        #expect(absent == sometimesAbsent)
    }

    @Test(arguments: AuditReportCase.allCases)
    func everyFindingDecodesBack(_ audit: AuditReportCase) async throws {
        /// The part of a report a reader decodes: its findings.
        struct Findings: Decodable { let findings: [Finding] }
        let report = try await audit.report()
        let decoded = try JSONDecoder().decode(Findings.self, from: try Self.encoded(report)).findings
        try #require(decoded.count == report.findings.count)
        for (original, copy) in zip(report.findings, decoded) {
            #expect(copy.ruleID == original.ruleID)
            #expect(copy.period == original.period)
            #expect(copy.severity == original.severity)
            #expect(copy.communityID == original.communityID)
            #expect(copy.subject == original.subject)
            #expect(copy.measured == original.measured)
            #expect(copy.required == original.required)
            #expect(copy.detail == original.detail)
            #expect(copy.parameters == original.parameters)
            #expect(copy.citation == original.citation)
            #expect(copy.exception == original.exception)
            for language in Language.allCases {
                #expect(copy.message(language) == original.message(language))
            }
        }
        #expect(try Self.encoded(decoded) == Self.encoded(report.findings))
    }

    @Test func everyParameterValueIsAOneKeyObjectOfTheInterchangeFormat() throws {
        let validator = try JSONSchemaValidator(contentsOf: Self.schema)
        let values: [(ParameterValue, String)] = [
            (.money(Money(fen: 9_750)), #"{"money":97.5}"#),
            (.money(Money(yuan: 150)), #"{"money":150}"#),
            (.count(50), #"{"count":50}"#),
            (.ratio(Ratio(3, 100)), #"{"ratio":{"denominator":100,"numerator":3}}"#),
            (.days(Days(tenths: 75)), #"{"days":7.5}"#),
            (.years(45), #"{"years":45}"#),
            (.area(Area(hundredthsOfSquareMetre: 45_050)), #"{"area":450.5}"#),
            (.text("resident"), #"{"text":"resident"}"#),
            (.texts(["平江区", "沧浪区"]), #"{"texts":["平江区","沧浪区"]}"#),
        ]
        for (value, json) in values {
            let data = try Self.encoded(value)
            #expect(String(decoding: data, as: UTF8.self) == json)
            let violation = try validator.firstViolation(
                in: try JSONSerialization.jsonObject(with: data), against: "#/$defs/parameterValue")
            #expect(violation == nil, "\(json): \(violation?.description ?? "")")
            #expect(try JSONDecoder().decode(ParameterValue.self, from: data) == value)
        }
        for malformed in [#"{}"#, #"{"money":150,"count":3}"#, #"{"money":{"_0":150}}"#, #"{"money":0.001}"#] {
            #expect(throws: DecodingError.self, "\(malformed)") {
                try JSONDecoder().decode(ParameterValue.self, from: Data(malformed.utf8))
            }
        }
    }

    @Test func theSchemaRejectsWhatTheEncoderNeverWrites() async throws {
        let validator = try JSONSchemaValidator(contentsOf: Self.schema)
        let report = try #require(
            try JSONSerialization.jsonObject(with: try Self.encoded(try await AuditReportCase.wider.report()))
                as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        let money = try #require(
            findings.firstIndex { ($0["measured"] as? [String: Any])?["unit"] as? String == "money" })
        let rule = try #require((report["countsByRule"] as? [String: Any])?.keys.sorted().first)
        let changes: [(path: [JSONPathStep], value: Any?, violation: String)] = [
            (["findings", 0, "message"], nil, "$.findings[0]"),
            (["findings", 0, "severity"], "fatal", "$.findings[0].severity"),
            (["findings", 0, "period", "start"], "2025/12/31", "$.findings[0].period.start"),
            (
                ["findings", 0, "parameters", 0, "value"], ["count": ["_0": 50]],
                "$.findings[0].parameters[0].value.count"
            ),
            (["findings", 0, "subject"], ["worker": "W", "member": "M"], "$.findings[0].subject.member"),
            (["findings", .index(money), "measured", "value"], 15_000, "$.findings[\(money)].measured.value"),
            (["findings", .index(money), "measured", "value"], "15000", "$.findings[\(money)].measured.value"),
            (["findings", .index(money), "measured", "unit"], "yuan", "$.findings[\(money)].measured.unit"),
            (["findings", .index(money), "message", "en"], nil, "$.findings[\(money)].message"),
            (["period", "kind"], "week", "$.period.kind"),
            (["date"], "2025-12-31T00:00:00Z", "$.date"),
            (["rulesApplied"], ["SZ2011.3.general-branch"], "$.rulesApplied"),
            (["countsBySeverity", "fatal"], 1, "$.countsBySeverity.fatal"),
            (["countsByRule", .key(rule)], 0, "$.countsByRule[\"\(rule)\"]"),
            (["communityIDs", 1], "", "$.communityIDs[1]"),
        ]
        for change in changes {
            let broken = JSONPathStep.setting(change.value, at: change.path[...], in: report)
            let violation = validator.firstViolation(in: broken)
            #expect(violation?.path == change.violation, "\(change.path): \(violation?.description ?? "accepted")")
        }
    }

    @Test func aFindingAboutAnApplicantOrAPartyGroupMatchesTheSchema() async throws {
        let validator = try JSONSchemaValidator(contentsOf: Self.schema)
        let report = try #require(
            try JSONSerialization.jsonObject(with: try Self.encoded(try await AuditReportCase.wider.report()))
                as? [String: Any])
        for subject in [Subject.applicant("A-1"), .partyGroup("PG-1")] {
            let encoded = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(subject))
            let changed = JSONPathStep.setting(encoded, at: ["findings", 0, "subject"][...], in: report)
            let violation = validator.firstViolation(in: changed)
            #expect(violation == nil, "\(subject): \(violation?.description ?? "")")
        }
    }

    @Test func theArticlesExamplesMatchTheSchema() throws {
        let validator = try JSONSchemaValidator(contentsOf: Self.schema)
        let section = try Self.articleSection("Audit reports")

        let blocks = section.components(separatedBy: "```json\n").dropFirst().compactMap {
            $0.components(separatedBy: "\n```").first
        }
        let example = try #require(blocks.first, "the section has a JSON example")
        let violation = validator.firstViolation(in: try JSONSerialization.jsonObject(with: Data(example.utf8)))
        #expect(violation == nil, "\(violation?.description ?? "")")

        // The inline examples of the quantity, period and parameter value tables, each by its first key.
        let tables: [(firstKey: String, definition: String, keys: Set<String>)] = [
            (#""unit""#, "#/$defs/quantity", Self.units),
            (#""kind""#, "#/$defs/period", ["day", "month", "quarter", "year", "range"]),
            (
                #""(?:money|count|ratio|days|years|area|text|texts)""#, "#/$defs/parameterValue",
                ["money", "count", "ratio", "days", "years", "area", "text", "texts"]
            ),
        ]
        for table in tables {
            let expression = try NSRegularExpression(pattern: "`(\\{\(table.firstKey)[^`]*\\})`")
            var documented: Set<String> = []
            for match in expression.matches(in: section, range: NSRange(section.startIndex..., in: section)) {
                let json = String(section[Range(match.range(at: 1), in: section)!])
                let value = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
                let violation = try validator.firstViolation(in: value, against: table.definition)
                #expect(violation == nil, "\(json): \(violation?.description ?? "")")
                if let name = (value["unit"] ?? value["kind"]) as? String {
                    documented.insert(name)
                } else {
                    documented.formUnion(value.keys)
                }
            }
            #expect(documented == table.keys, "the article's examples of \(table.definition)")
        }
    }

    /// The text of a `##` section of the interchange article, without its heading.
    static func articleSection(_ title: String) throws -> String {
        let text = try String(contentsOf: article, encoding: .utf8)
        let heading = text.range(of: "\n## \(title)\n")
        try #require(heading != nil, "the interchange article has a section \(title)")
        let rest = text[heading!.upperBound...]
        return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }

    // MARK: - Helpers

    /// JSON as the report is written: keys sorted, so that the same value always gives the same bytes.
    static func encoded(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    static func findings(of report: AuditReport) throws -> [[String: Any]] {
        let json = try JSONSerialization.jsonObject(with: try encoded(report)) as? [String: Any]
        return try #require(json?["findings"] as? [[String: Any]])
    }

    /// Calls `body` with every object in a JSON value, depth first.
    static func visit(_ value: Any, _ body: ([String: Any]) -> Void) {
        if let object = value as? [String: Any] {
            body(object)
            for key in object.keys.sorted() { visit(object[key]!, body) }
        } else if let array = value as? [Any] {
            for element in array { visit(element, body) }
        }
    }
}

/// A step into a JSON value: an object's key or an array's index.
enum JSONPathStep: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case key(String)
    case index(Int)

    init(stringLiteral value: String) { self = .key(value) }
    init(integerLiteral value: Int) { self = .index(value) }

    /// `json` with the value at `path` replaced by `value`, or removed when `value` is `nil`.
    static func setting(_ value: Any?, at path: ArraySlice<JSONPathStep>, in json: Any) -> Any {
        guard let step = path.first else { return value as Any }
        switch step {
        case .key(let key):
            var object = json as? [String: Any] ?? [:]
            if path.count == 1, value == nil {
                object[key] = nil
            } else {
                object[key] = setting(value, at: path.dropFirst(), in: object[key] as Any)
            }
            return object
        case .index(let index):
            var array = json as? [Any] ?? []
            if path.count == 1, value == nil {
                array.remove(at: index)
            } else {
                array[index] = setting(value, at: path.dropFirst(), in: array[index])
            }
            return array
        }
    }
}
