/// The width of text in a terminal's columns, for lining up tables that mix Chinese and ASCII.
///
/// Each grapheme (user-perceived character) is measured by its first scalar:
///
/// - 2 columns for East Asian Wide and Fullwidth characters: CJK Unified Ideographs and their
///   extensions, CJK radicals and strokes, CJK symbols and punctuation (U+3000–U+303F), Hiragana,
///   Katakana, Bopomofo, Hangul, CJK compatibility characters and ideographs, vertical and small forms,
///   full-width forms (U+FF01–U+FF60, U+FFE0–U+FFE6) and emoji shown as pictures;
/// - 0 columns for combining marks (U+0300–U+036F and the other combining blocks in the table, and any
///   other scalar whose Unicode general category is a nonspacing or enclosing mark or a format
///   character), zero-width characters (U+200B–U+200F, U+2060–U+2064, U+FEFF), variation selectors
///   (U+FE00–U+FE0F) and control characters;
/// - 1 column for everything else.
///
/// A grapheme whose first scalar is narrow but which asks for emoji presentation with U+FE0F (such as
/// `❤️` or a keycap) counts 2; marks that combine with a letter add nothing to it.
///
/// ```swift
/// DisplayWidth.of("姑苏区 A1")   // 9
/// ```
public enum DisplayWidth {
    /// The number of terminal columns `text` takes.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The number of terminal columns one grapheme takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let width = of(first)
        if width == 1, scalars.contains("\u{FE0F}") { return 2 }
        return width
    }

    /// The number of terminal columns one scalar takes on its own: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value < 0xA0 { return 0 }
        if contains(zeroWidth, value) { return 0 }
        if contains(wide, value) { return 2 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return 1
        }
    }

    /// Whether `value` falls in one of `ranges`, which are sorted and do not overlap.
    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Scalars that take no column: combining marks, zero-width characters and variation selectors.
    /// Checked before ``wide``, so the combining kana marks U+3099–U+309A are zero inside a wide block.
    private static let zeroWidth: [ClosedRange<UInt32>] = [
        0x00AD...0x00AD,  // soft hyphen
        0x0300...0x036F,  // combining diacritical marks
        0x0483...0x0489,  // combining Cyrillic
        0x0591...0x05BD,  // Hebrew points
        0x0610...0x061A,  // Arabic marks
        0x064B...0x065F,
        0x1AB0...0x1AFF,  // combining diacritical marks extended
        0x1DC0...0x1DFF,  // combining diacritical marks supplement
        0x200B...0x200F,  // zero-width space, joiners, direction marks
        0x202A...0x202E,  // bidirectional embedding
        0x2060...0x2064,  // word joiner, invisible operators
        0x20D0...0x20FF,  // combining marks for symbols
        0x302A...0x302D,  // ideographic tone marks
        0x3099...0x309A,  // combining kana voiced sound marks
        0xFE00...0xFE0F,  // variation selectors
        0xFE20...0xFE2F,  // combining half marks
        0xFEFF...0xFEFF,  // zero-width no-break space (byte-order mark)
        0xE0001...0xE007F,  // tags
        0xE0100...0xE01EF,  // variation selectors supplement
    ]

    /// East Asian Wide and Fullwidth scalars, and emoji with a picture presentation by default.
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo initial consonants
        0x231A...0x231B,  // watch, hourglass
        0x2329...0x232A,  // angle brackets
        0x23E9...0x23EC,
        0x23F0...0x23F0,
        0x23F3...0x23F3,
        0x25FD...0x25FE,
        0x2614...0x2615,
        0x2648...0x2653,  // zodiac
        0x267F...0x267F,
        0x2693...0x2693,
        0x26A1...0x26A1,
        0x26AA...0x26AB,
        0x26BD...0x26BE,
        0x26C4...0x26C5,
        0x26CE...0x26CE,
        0x26D4...0x26D4,
        0x26EA...0x26EA,
        0x26F2...0x26F3,
        0x26F5...0x26F5,
        0x26FA...0x26FA,
        0x26FD...0x26FD,
        0x2705...0x2705,
        0x270A...0x270B,
        0x2728...0x2728,
        0x274C...0x274C,
        0x274E...0x274E,
        0x2753...0x2755,
        0x2757...0x2757,
        0x2795...0x2797,
        0x27B0...0x27B0,
        0x27BF...0x27BF,
        0x2B1B...0x2B1C,
        0x2B50...0x2B50,
        0x2B55...0x2B55,
        0x2E80...0x2FFF,  // CJK radicals, Kangxi radicals, ideographic description
        0x3000...0x303E,  // CJK symbols and punctuation
        0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, CJK strokes, compatibility
        0x3400...0x4DBF,  // CJK Unified Ideographs extension A
        0x4E00...0x9FFF,  // CJK Unified Ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF01...0xFF60,  // full-width forms
        0xFFE0...0xFFE6,  // full-width signs
        0x16FE0...0x16FE4,
        0x17000...0x18CFF,  // Tangut
        0x1B000...0x1B16F,  // Kana supplement and extended
        0x1F004...0x1F004,
        0x1F0CF...0x1F0CF,
        0x1F18E...0x1F18E,
        0x1F191...0x1F19A,
        0x1F1E6...0x1F1FF,  // regional indicators (a flag is a pair)
        0x1F200...0x1F251,  // enclosed ideographic supplement
        0x1F260...0x1F265,
        0x1F300...0x1F64F,  // pictographs, emoticons
        0x1F680...0x1F6FF,  // transport and map symbols
        0x1F7E0...0x1F7EB,
        0x1F90C...0x1F9FF,  // supplemental symbols and pictographs
        0x1FA70...0x1FAFF,  // symbols and pictographs extended A
        0x20000...0x2FFFD,  // CJK Unified Ideographs extensions B–F, compatibility supplement
        0x30000...0x3FFFD,  // CJK Unified Ideographs extensions G and later
    ]

    /// `text` followed by spaces to `width` columns (unchanged when it is already that wide or wider).
    static func padEnd(_ text: String, to width: Int) -> String {
        let missing = width - of(text)
        return missing > 0 ? text + String(repeating: " ", count: missing) : text
    }

    /// Spaces to `width` columns followed by `text`.
    static func padStart(_ text: String, to width: Int) -> String {
        let missing = width - of(text)
        return missing > 0 ? String(repeating: " ", count: missing) + text : text
    }
}
