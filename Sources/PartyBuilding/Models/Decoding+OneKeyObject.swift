extension KeyedDecodingContainer {
    /// The one key of an object that names its case by its only key (`{"worker": "W-1"}`,
    /// `{"money": 150}`).
    /// - Throws: `DecodingError.dataCorrupted` saying that `what` is an object with exactly one of
    ///   `keys`, when the object has no key or more than one.
    func onlyKey(of what: String, among keys: [Key], at codingPath: [any CodingKey]) throws -> Key {
        guard allKeys.count == 1, let key = allKeys.first else {
            let names = keys.map(\.stringValue)
            let list = names.dropLast().joined(separator: ", ") + (names.count > 1 ? " or " : "") + (names.last ?? "")
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: codingPath, debugDescription: "\(what) is an object with exactly one key: \(list)"))
        }
        return key
    }
}
