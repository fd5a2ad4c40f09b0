extension KeyedDecodingContainer {
    /// The value under `key`, or `defaultValue` when the key is absent (or `null`): lets data files
    /// omit empty lists and `false` flags.
    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key, default defaultValue: Value) throws -> Value {
        try decodeIfPresent(type, forKey: key) ?? defaultValue
    }
}
