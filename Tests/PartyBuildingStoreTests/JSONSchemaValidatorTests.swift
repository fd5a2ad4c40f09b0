import Foundation
import Testing

/// The test target's JSON Schema validator on tiny documents, so that it cannot pass everything.
@Suite struct JSONSchemaValidatorTests {
    /// A schema that uses every keyword the validator checks.
    static let schema = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "A tiny schema",
          "type": "object",
          "properties": {
            "id": {"description": "An ID.", "type": "string", "minLength": 1},
            "date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
            "count": {"type": "integer", "minimum": 1},
            "amount": {"type": "number"},
            "flag": {"type": "boolean"},
            "kind": {"enum": ["day", "year"]},
            "tags": {"type": "array", "items": {"type": "string"}},
            "shape": {"$ref": "#/$defs/shape"},
            "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
            "zh-Hans": {"type": "string"}
          },
          "required": ["id"],
          "additionalProperties": false,
          "$defs": {
            "shape": {
              "oneOf": [
                {"type": "object", "properties": {"unit": {"const": "circle"}, "radius": {"type": "number"}},
                 "required": ["unit", "radius"], "additionalProperties": false},
                {"type": "object", "properties": {"unit": {"const": "square"}, "side": {"type": "number"}},
                 "required": ["unit", "side"], "additionalProperties": false},
                {"type": "object", "properties": {"radius": {"type": "number", "minimum": 10}}, "required": ["radius"]}
              ]
            }
          }
        }
        """#

    static func violation(_ document: String, against pointer: String? = nil) throws -> JSONSchemaValidator.Violation? {
        let validator = try JSONSchemaValidator(schema: try JSONSerialization.jsonObject(with: Data(schema.utf8)))
        let instance = try JSONSerialization.jsonObject(with: Data(document.utf8), options: .fragmentsAllowed)
        if let pointer { return try validator.firstViolation(in: instance, against: pointer) }
        return validator.firstViolation(in: instance)
    }

    @Test(arguments: [
        #"{"id": "A"}"#,
        #"{"id": "A", "date": "2025-12-31", "count": 1, "amount": 97.5, "flag": false, "kind": "year"}"#,
        #"{"id": "A", "count": 2.0, "amount": 3, "tags": [], "counts": {"x": 1, "y-z": 2}, "zh-Hans": "社区"}"#,
        #"{"id": "A", "shape": {"unit": "circle", "radius": 1.5}}"#,
        #"{"id": "A", "shape": {"unit": "square", "side": 2}}"#,
        #"{"id": "东关", "tags": ["a", "b"]}"#,
    ])
    func validDocumentsPass(_ document: String) throws {
        let violation = try Self.violation(document)
        #expect(violation == nil, "\(violation?.description ?? "")")
    }

    @Test(arguments: [
        (#"[]"#, "$", "expected an object, found an array"),
        (#"{}"#, "$", "the required property id is missing"),
        (#"{"id": ""}"#, "$.id", "expected at least 1 characters, found \"\""),
        (#"{"id": 1}"#, "$.id", "expected a string, found 1"),
        (#"{"id": "A", "ID": "B"}"#, "$.ID", "the property ID is not allowed here"),
        (#"{"id": "A", "date": "2025-12-31T00:00"}"#, "$.date", "does not match the pattern"),
        (#"{"id": "A", "count": 0}"#, "$.count", "expected at least 1, found 0"),
        (#"{"id": "A", "count": 1.5}"#, "$.count", "expected an integer, found 1.5"),
        (#"{"id": "A", "count": true}"#, "$.count", "expected an integer, found true"),
        (#"{"id": "A", "amount": "97.5"}"#, "$.amount", "expected a number, found \"97.5\""),
        (#"{"id": "A", "amount": false}"#, "$.amount", "expected a number, found false"),
        (#"{"id": "A", "flag": 1}"#, "$.flag", "expected a boolean, found 1"),
        (#"{"id": "A", "kind": "week"}"#, "$.kind", "expected one of \"day\", \"year\", found \"week\""),
        (#"{"id": "A", "tags": ["a", 2]}"#, "$.tags[1]", "expected a string, found 2"),
        (#"{"id": "A", "counts": {"x": 1, "y-z": "2"}}"#, "$.counts[\"y-z\"]", "expected an integer"),
        (#"{"id": "A", "zh-Hans": null}"#, "$[\"zh-Hans\"]", "expected a string, found null"),
        (#"{"id": "A", "shape": {"unit": "circle", "radius": "1"}}"#, "$.shape.radius", "closest: alternative 0"),
        (#"{"id": "A", "shape": {"unit": "square", "radius": 1}}"#, "$.shape", "property side is missing"),
        (#"{"id": "A", "shape": {"unit": "triangle"}}"#, "$.shape.unit", "expected \"circle\", found \"triangle\""),
        (#"{"id": "A", "shape": {"unit": "circle", "radius": 12}}"#, "$.shape", "alternatives 0 and 2"),
    ])
    func invalidDocumentsFailWhereTheyBreakTheSchema(_ document: String, path: String, message: String) throws {
        let violation = try #require(try Self.violation(document), "\(document) passed")
        #expect(violation.path == path)
        #expect(violation.message.contains(message), "\(violation.message)")
    }

    @Test func aSubschemaIsCheckedOnItsOwn() throws {
        #expect(try Self.violation(#"{"unit": "circle", "radius": 2}"#, against: "#/$defs/shape") == nil)
        #expect(try Self.violation(#"{"unit": "circle"}"#, against: "#/$defs/shape")?.path == "$")
        #expect(try Self.violation(#""2025-12-31""#, against: "#/properties/date") == nil)
        #expect(try Self.violation(#""31.12.2025""#, against: "#/properties/date")?.path == "$")
        #expect(throws: JSONSchemaValidator.SchemaError.self) {
            try Self.violation("{}", against: "#/$defs/missing")
        }
    }

    @Test(arguments: [
        #"{"type": "object", "maxProperties": 3}"#,
        #"{"anyOf": [{"type": "string"}]}"#,
        #"{"properties": {"a": {"type": "string", "format": "date"}}}"#,
        #"{"$defs": {"a": {"not": {"type": "string"}}}}"#,
        ##"{"items": {"$ref": "#/$defs/missing"}}"##,
        #"{"pattern": "(unclosed"}"#,
        #"{"oneOf": []}"#,
        #"{"properties": {"a": 3}}"#,
        #"{"$defs": {"a": {"$defs": {"b": {}}}}}"#,
    ])
    func aSchemaWithAKeywordTheValidatorDoesNotCheckIsRefused(_ schema: String) throws {
        #expect(throws: JSONSchemaValidator.SchemaError.self) {
            try JSONSchemaValidator(schema: try JSONSerialization.jsonObject(with: Data(schema.utf8)))
        }
    }

    @Test func aFalseSchemaAcceptsNothingAndTrueEverything() throws {
        let schema = #"{"properties": {"never": false, "always": true}}"#
        let validator = try JSONSchemaValidator(schema: try JSONSerialization.jsonObject(with: Data(schema.utf8)))
        let accepted = try JSONSerialization.jsonObject(with: Data(#"{"always": [1, {"x": null}]}"#.utf8))
        #expect(validator.firstViolation(in: accepted) == nil)
        let refused = try JSONSerialization.jsonObject(with: Data(#"{"never": 1}"#.utf8))
        #expect(validator.firstViolation(in: refused)?.path == "$.never")
    }
}
