import PartyBuilding

/// Finds where two model values differ, as a field path such as `members[3].birthDate`, so a
/// failure tells an integrator which column or key their store mishandled.
enum ModelDifference {
    /// The longest a value is shown in a failure.
    private static let maximumLength = 300

    /// The first field at which `actual` differs from `expected`, or `nil` when they are equal.
    static func first(expected: Any, actual: Any, path: String = "") -> (
        path: String, expected: String, actual: String
    )? {
        if let expected = expected as? AnyHashable, let actual = actual as? AnyHashable, expected == actual {
            return nil
        }
        let expectedMirror = Mirror(reflecting: expected)
        let actualMirror = Mirror(reflecting: actual)
        let leaf = (path: path.isEmpty ? "the community" : path, expected: show(expected), actual: show(actual))
        switch expectedMirror.displayStyle {
        case .optional:
            guard let expectedValue = expectedMirror.children.first?.value,
                let actualValue = actualMirror.children.first?.value
            else { return leaf }
            return first(expected: expectedValue, actual: actualValue, path: path)
        case .collection:
            let expectedValues = expectedMirror.children.map(\.value)
            let actualValues = actualMirror.children.map(\.value)
            for (index, pair) in zip(expectedValues, actualValues).enumerated() {
                if let difference = first(expected: pair.0, actual: pair.1, path: "\(path)[\(index)]") {
                    return difference
                }
            }
            return (path: "\(path).count", expected: "\(expectedValues.count)", actual: "\(actualValues.count)")
        case .struct, .enum:
            let expectedChildren = Array(expectedMirror.children)
            let actualChildren = Array(actualMirror.children)
            guard !expectedChildren.isEmpty, expectedChildren.map(\.label) == actualChildren.map(\.label) else {
                return leaf
            }
            for (expectedChild, actualChild) in zip(expectedChildren, actualChildren) {
                let label = expectedChild.label ?? "?"
                let childPath =
                    expectedMirror.displayStyle == .enum
                    ? "\(path)(\(label))" : path.isEmpty ? label : "\(path).\(label)"
                if let difference = first(expected: expectedChild.value, actual: actualChild.value, path: childPath) {
                    return difference
                }
            }
            return leaf
        default:
            return leaf
        }
    }

    /// IDs as a short list for a failure message.
    static func list(_ ids: [CommunityID]) -> String {
        clip("[" + ids.map { String(reflecting: $0.rawValue) }.joined(separator: ", ") + "]")
    }

    /// A value as shown in a failure; a set is shown sorted, so equal sets look equal.
    private static func show(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .set {
            return clip(
                "[" + mirror.children.map { String(reflecting: $0.value) }.sorted().joined(separator: ", ") + "]")
        }
        return clip(String(reflecting: value))
    }

    private static func clip(_ text: String) -> String {
        text.count <= maximumLength ? text : String(text.prefix(maximumLength)) + "… (\(text.count) characters)"
    }
}
