import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The character encoding of a table's bytes.
///
/// Spreadsheets reach analysts in two encodings: UTF-8, with or without a byte-order mark, and
/// GB18030 (which contains GBK), what Excel writes on Chinese Windows when it saves "CSV".
/// ``automatic`` tells them apart without being told.
///
/// ```swift
/// let communities = try CommunityTable.read(contentsOf: url, encoding: .gb18030)
/// ```
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8 when the bytes start with a byte-order mark or are valid UTF-8; GB18030 otherwise.
    case automatic
    /// UTF-8; a leading byte-order mark is skipped.
    case utf8
    /// GB18030, which contains GBK and GB2312.
    case gb18030

    /// The text of `data` in this encoding, or `nil` when the bytes are not valid in it (in either
    /// encoding, for ``automatic``).
    func decode(_ data: Data) -> String? {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        switch self {
        case .automatic:
            if data.starts(with: bom) { return TextEncoding.utf8.decode(data) }
            return TextEncoding.utf8.decode(data) ?? TextEncoding.gb18030.decode(data)
        case .utf8:
            return String(validating: data.starts(with: bom) ? data.dropFirst(bom.count) : data, as: UTF8.self)
        case .gb18030:
            return Self.convertFromGB18030(data)
        }
    }

    /// Converts GB18030 bytes to text with iconv; `nil` when a byte sequence is invalid or incomplete.
    private static func convertFromGB18030(_ data: Data) -> String? {
        guard let converter = iconv_open("UTF-8", "GB18030"), converter != iconv_t(bitPattern: -1) else {
            return nil
        }
        defer { iconv_close(converter) }
        var input = [CChar](repeating: 0, count: data.count)
        input.withUnsafeMutableBytes { _ = data.copyBytes(to: $0) }
        // A GB18030 character of n bytes is at most n + 1 bytes of UTF-8 (two bytes become three).
        var output = [CChar](repeating: 0, count: data.count * 2 + 4)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var outPointer = outBuffer.baseAddress
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        return String(validating: output[..<written].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
