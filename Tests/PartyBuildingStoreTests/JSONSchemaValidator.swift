import Foundation

/// A JSON Schema (draft 2020-12) validator for the keywords `Documentation/Schema/audit-report.schema.json`
/// uses, and only those, so that the tests need no package: `$ref` (to a JSON pointer in the same
/// document, such as `#/$defs/quantity`), `type`, `properties`, `required`, `additionalProperties`
/// (`false` or a schema), `items`, `enum`, `const`, `oneOf`, `pattern`, `minimum` and `minLength`;
/// `$schema`, `$defs`, `title` and `description` are read as annotations.
///
/// A schema that uses any other keyword is refused when the validator is made, so that a keyword it
/// does not know can never pass a document unchecked. Instances are what `JSONSerialization` reads.
///
/// ```swift
/// let validator = try JSONSchemaValidator(contentsOf: schemaURL)
/// if let violation = validator.firstViolation(in: try JSONSerialization.jsonObject(with: data)) {
///     print(violation)   // $.findings[3].measured.value: expected a string, found 15000
/// }
/// ```
struct JSONSchemaValidator {
    /// A schema the validator cannot use: not an object, an unknown keyword, a `$ref` that does not
    /// resolve, a pattern that does not compile.
    struct SchemaError: Error, CustomStringConvertible {
        /// Where in the schema, as a JSON pointer (`#/$defs/quantity/oneOf/0`).
        let location: String
        /// What is wrong.
        let problem: String
        var description: String { "\(location): \(problem)" }
    }

    /// Where an instance first breaks the schema, and how.
    struct Violation: Error, CustomStringConvertible, Equatable {
        /// The JSON path of the value that breaks the schema: `$`, `$.findings[3].measured`,
        /// `$.countsByRule["SZ2011.19.work-fund"]`.
        let path: String
        /// What is wrong with it.
        let message: String
        var description: String { "\(path): \(message)" }
    }

    /// The keywords the validator checks.
    static let assertions: Set<String> = [
        "$ref", "type", "properties", "required", "additionalProperties", "items", "enum", "const", "oneOf",
        "pattern", "minimum", "minLength",
    ]
    /// The keywords it reads as annotations (or, for `$defs`, only through `$ref`).
    static let annotations: Set<String> = ["$schema", "$defs", "title", "description"]

    /// The whole schema document.
    private let root: [String: Any]
    /// Every `pattern` of the schema, compiled.
    private let patterns: [String: NSRegularExpression]

    /// Reads a schema document.
    /// - Throws: the error reading or parsing the file, or ``SchemaError``.
    init(contentsOf url: URL) throws {
        try self.init(schema: try JSONSerialization.jsonObject(with: Data(contentsOf: url)))
    }

    /// Makes a validator of a schema document as `JSONSerialization` reads it.
    /// - Throws: ``SchemaError`` when the schema uses a keyword the validator does not check, or a
    ///   `$ref` or a `pattern` it cannot use.
    init(schema: Any) throws {
        guard let root = schema as? [String: Any] else {
            throw SchemaError(location: "#", problem: "a schema document is an object")
        }
        self.root = root
        var patterns: [String: NSRegularExpression] = [:]
        try Self.check(root, at: "#", root: root, patterns: &patterns)
        for (name, definition) in root["$defs"] as? [String: Any] ?? [:] {
            try Self.check(definition, at: "#/$defs/\(name)", root: root, patterns: &patterns)
        }
        self.patterns = patterns
    }

    /// The first violation of the schema in `instance`, or `nil` when it is valid.
    func firstViolation(in instance: Any) -> Violation? {
        var progress = 0
        return violation(of: root, by: instance, at: "$", progress: &progress)
    }

    /// The first violation of the subschema at `pointer` (`#/$defs/quantity`) in `instance`.
    /// - Throws: ``SchemaError`` when the pointer does not resolve.
    func firstViolation(in instance: Any, against pointer: String) throws -> Violation? {
        guard let schema = Self.resolve(pointer, in: root) else {
            throw SchemaError(location: pointer, problem: "does not resolve")
        }
        var progress = 0
        return violation(of: schema, by: instance, at: "$", progress: &progress)
    }

    // MARK: - Checking the schema

    /// Checks a subschema and those it contains: known keywords only, resolvable references,
    /// patterns that compile.
    private static func check(
        _ schema: Any, at location: String, root: [String: Any], patterns: inout [String: NSRegularExpression]
    ) throws {
        if isBoolean(schema) { return }
        guard let schema = schema as? [String: Any] else {
            throw SchemaError(location: location, problem: "a schema is an object or a boolean")
        }
        if location != "#", schema["$defs"] != nil {
            throw SchemaError(location: location, problem: "$defs is read only at the document's root")
        }
        for keyword in schema.keys.sorted() where !assertions.contains(keyword) && !annotations.contains(keyword) {
            throw SchemaError(location: location, problem: "unsupported keyword \(keyword)")
        }
        if let reference = schema["$ref"] {
            guard let pointer = reference as? String, resolve(pointer, in: root) != nil else {
                throw SchemaError(location: location, problem: "$ref \(reference) does not resolve")
            }
        }
        if let pattern = schema["pattern"] {
            guard let text = pattern as? String, let expression = try? NSRegularExpression(pattern: text) else {
                throw SchemaError(location: location, problem: "pattern \(pattern) does not compile")
            }
            patterns[text] = expression
        }
        if let properties = schema["properties"] {
            guard let properties = properties as? [String: Any] else {
                throw SchemaError(location: location, problem: "properties is an object")
            }
            for (name, property) in properties {
                try check(property, at: "\(location)/properties/\(name)", root: root, patterns: &patterns)
            }
        }
        for keyword in ["additionalProperties", "items"] {
            if let subschema = schema[keyword] {
                try check(subschema, at: "\(location)/\(keyword)", root: root, patterns: &patterns)
            }
        }
        if let alternatives = schema["oneOf"] {
            guard let alternatives = alternatives as? [Any], !alternatives.isEmpty else {
                throw SchemaError(location: location, problem: "oneOf is a non-empty array")
            }
            for (index, alternative) in alternatives.enumerated() {
                try check(alternative, at: "\(location)/oneOf/\(index)", root: root, patterns: &patterns)
            }
        }
        if let required = schema["required"], !(required is [String]) {
            throw SchemaError(location: location, problem: "required is an array of strings")
        }
        if let values = schema["enum"], !(values is [Any]) {
            throw SchemaError(location: location, problem: "enum is an array")
        }
        if let type = schema["type"], !(type is String || type is [String]) {
            throw SchemaError(location: location, problem: "type is a string or an array of strings")
        }
        for keyword in ["minimum", "minLength"] where schema[keyword] != nil && number(schema[keyword]!) == nil {
            throw SchemaError(location: location, problem: "\(keyword) is a number")
        }
    }

    /// The value a JSON pointer from the document's root names: `#`, `#/$defs/quantity`.
    private static func resolve(_ pointer: String, in root: [String: Any]) -> Any? {
        guard pointer.hasPrefix("#") else { return nil }
        var value: Any = root
        for token in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let name = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            if let object = value as? [String: Any], let next = object[name] {
                value = next
            } else if let array = value as? [Any], let index = Int(name), array.indices.contains(index) {
                value = array[index]
            } else {
                return nil
            }
        }
        return value
    }

    // MARK: - Validating

    /// The first violation of `schema` by `instance` at `path`. `progress` counts the checks passed,
    /// so that when no alternative of a `oneOf` matches, the one that got furthest is reported.
    private func violation(of schema: Any, by instance: Any, at path: String, progress: inout Int) -> Violation? {
        if Self.isBoolean(schema) {
            return (schema as? Bool) == true ? nil : Violation(path: path, message: "no value is allowed here")
        }
        guard let schema = schema as? [String: Any] else { return nil }  // checked when the validator was made
        if let pointer = schema["$ref"] as? String, let target = Self.resolve(pointer, in: root) {
            if let found = violation(of: target, by: instance, at: path, progress: &progress) { return found }
        }
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [type as? String ?? ""]
            guard allowed.contains(where: { Self.has(instance, type: $0) }) else {
                return Violation(
                    path: path,
                    message: "expected \(allowed.map(Self.article).joined(separator: " or ")), "
                        + "found \(Self.shown(instance))")
            }
            progress += 1
        }
        if let constant = schema["const"] {
            guard Self.equal(instance, constant) else {
                return Violation(path: path, message: "expected \(Self.shown(constant)), found \(Self.shown(instance))")
            }
            progress += 1
        }
        if let values = schema["enum"] as? [Any] {
            guard values.contains(where: { Self.equal(instance, $0) }) else {
                return Violation(
                    path: path,
                    message: "expected one of \(values.map(Self.shown).joined(separator: ", ")), "
                        + "found \(Self.shown(instance))")
            }
            progress += 1
        }
        if let found = stringViolation(schema, instance, at: path, progress: &progress) { return found }
        if let found = numberViolation(schema, instance, at: path, progress: &progress) { return found }
        if let object = instance as? [String: Any],
            let found = objectViolation(schema, object, at: path, progress: &progress)
        {
            return found
        }
        if let items = schema["items"], let array = instance as? [Any] {
            for (index, element) in array.enumerated() {
                if let found = violation(of: items, by: element, at: "\(path)[\(index)]", progress: &progress) {
                    return found
                }
            }
        }
        if let alternatives = schema["oneOf"] as? [Any] {
            return oneOfViolation(alternatives, instance, at: path, progress: &progress)
        }
        return nil
    }

    private func stringViolation(_ schema: [String: Any], _ instance: Any, at path: String, progress: inout Int)
        -> Violation?
    {
        guard let text = instance as? String else { return nil }
        if let minimum = schema["minLength"].flatMap(Self.number) {
            guard Double(text.unicodeScalars.count) >= minimum else {
                return Violation(path: path, message: "expected at least \(Int(minimum)) characters, found \"\(text)\"")
            }
            progress += 1
        }
        if let pattern = schema["pattern"] as? String, let expression = patterns[pattern] {
            let whole = NSRange(text.startIndex..<text.endIndex, in: text)
            guard expression.firstMatch(in: text, range: whole) != nil else {
                return Violation(path: path, message: "\"\(text)\" does not match the pattern \(pattern)")
            }
            progress += 1
        }
        return nil
    }

    private func numberViolation(_ schema: [String: Any], _ instance: Any, at path: String, progress: inout Int)
        -> Violation?
    {
        guard let minimum = schema["minimum"].flatMap(Self.number), let value = Self.number(instance) else {
            return nil
        }
        guard value >= minimum else {
            return Violation(
                path: path, message: "expected at least \(Self.shown(minimum)), found \(Self.shown(value))")
        }
        progress += 1
        return nil
    }

    private func objectViolation(
        _ schema: [String: Any], _ object: [String: Any], at path: String, progress: inout Int
    ) -> Violation? {
        let properties = schema["properties"] as? [String: Any] ?? [:]
        let names = object.keys.filter { properties[$0] != nil }.sorted()
        // Properties with a `const` (a discriminator, such as a quantity's unit) first, so that the
        // alternative of a `oneOf` that gets furthest is the one the instance meant; then `required`;
        // then the other properties by name.
        let discriminators = names.filter { Self.hasConst(properties[$0]!) }
        for name in discriminators {
            if let found = violation(
                of: properties[name]!, by: object[name]!, at: Self.path(path, name), progress: &progress)
            {
                return found
            }
        }
        for name in schema["required"] as? [String] ?? [] {
            guard object[name] != nil else {
                return Violation(path: path, message: "the required property \(name) is missing")
            }
            progress += 1
        }
        for name in names where !discriminators.contains(name) {
            if let found = violation(
                of: properties[name]!, by: object[name]!, at: Self.path(path, name), progress: &progress)
            {
                return found
            }
        }
        if let additional = schema["additionalProperties"] {
            for name in object.keys.sorted() where properties[name] == nil {
                if Self.isBoolean(additional), (additional as? Bool) == false {
                    return Violation(
                        path: Self.path(path, name), message: "the property \(name) is not allowed here")
                }
                if let found = violation(
                    of: additional, by: object[name]!, at: Self.path(path, name), progress: &progress)
                {
                    return found
                }
            }
        }
        return nil
    }

    private func oneOfViolation(_ alternatives: [Any], _ instance: Any, at path: String, progress: inout Int)
        -> Violation?
    {
        var matches: [Int] = []
        var closest: (index: Int, progress: Int, violation: Violation)?
        for (index, alternative) in alternatives.enumerated() {
            var passed = 0
            if let found = violation(of: alternative, by: instance, at: path, progress: &passed) {
                if closest == nil || passed > closest!.progress { closest = (index, passed, found) }
            } else {
                matches.append(index)
            }
        }
        switch matches.count {
        case 1:
            progress += 1
            return nil
        case 0:
            let closest = closest!
            return Violation(
                path: closest.violation.path,
                message: closest.violation.message
                    + " (matches none of the \(alternatives.count) alternatives of oneOf at \(path); "
                    + "closest: alternative \(closest.index))")
        default:
            return Violation(
                path: path,
                message: "matches alternatives \(matches.map(String.init).joined(separator: " and ")) of oneOf, "
                    + "not exactly one")
        }
    }

    // MARK: - JSON values

    /// Whether a value is a JSON boolean (`JSONSerialization` reads `true` and `false` as a boolean
    /// `NSNumber`, which is also an `Int`).
    private static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return type(of: number) == type(of: NSNumber(value: true))
    }

    /// A JSON number as a `Double`, or `nil` for anything else (booleans included).
    private static func number(_ value: Any) -> Double? {
        guard let number = value as? NSNumber, !isBoolean(value) else { return nil }
        return number.doubleValue
    }

    private static func has(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBoolean(value)
        case "number": return number(value) != nil
        case "integer": return number(value).map { $0.rounded() == $0 } ?? false
        case "null": return value is NSNull
        default: return false
        }
    }

    private static func hasConst(_ schema: Any) -> Bool { (schema as? [String: Any])?["const"] != nil }

    /// JSON equality: the same type and value; objects key by key and arrays element by element.
    private static func equal(_ a: Any, _ b: Any) -> Bool {
        switch (a, b) {
        case (let a as String, let b as String): return a == b
        case (let a as [Any], let b as [Any]): return a.count == b.count && zip(a, b).allSatisfy(equal)
        case (let a as [String: Any], let b as [String: Any]):
            return a.count == b.count && a.allSatisfy { key, value in b[key].map { equal(value, $0) } ?? false }
        case (is NSNull, is NSNull): return true
        default:
            guard isBoolean(a) == isBoolean(b), let x = a as? NSNumber, let y = b as? NSNumber else { return false }
            return x == y
        }
    }

    /// A value as the messages show it: JSON-like and short.
    private static func shown(_ value: Any) -> String {
        if isBoolean(value) { return (value as? Bool) == true ? "true" : "false" }
        if let text = value as? String { return "\"\(text)\"" }
        if let number = value as? NSNumber {
            let double = number.doubleValue
            return double.rounded() == double && abs(double) < 1e15 ? String(Int64(double)) : String(double)
        }
        if value is NSNull { return "null" }
        if value is [Any] { return "an array" }
        if value is [String: Any] { return "an object" }
        return "\(value)"
    }

    private static func shown(_ value: Double) -> String { shown(NSNumber(value: value)) }

    private static func article(_ type: String) -> String {
        type == "object" || type == "array" || type == "integer" ? "an \(type)" : "a \(type)"
    }

    /// The path of a property: `$.findings` or, for a name that is not an identifier, `$["zh-Hans"]`.
    private static func path(_ parent: String, _ name: String) -> String {
        let identifier =
            !name.isEmpty && !name.first!.isNumber
            && name.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "_") }
        return identifier ? "\(parent).\(name)" : "\(parent)[\"\(name)\"]"
    }
}
