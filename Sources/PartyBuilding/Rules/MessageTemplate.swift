/// The wording of a finding in both languages, with placeholders that are filled in only when the
/// message is read, so that an audit of a million records formats no text it does not show.
///
/// Placeholders: `{subject}` (the record's ID), `{period}` (the period judged: `2025年` / `2025`),
/// `{measured}`, `{required}` and `{detail}` (the finding's values formatted in the message's language).
///
/// ```swift
/// static let belowFloor = MessageTemplate(
///     chinese: "活动经费 {measured}，应{required}",
///     english: "Activity funds are {measured}; required {required}")
/// ```
///
/// A template is an immutable reference, so that a million findings share one copy of its text.
public final class MessageTemplate: Sendable, Hashable, Codable {
    /// The Simplified Chinese wording.
    public let chinese: String
    /// The English wording.
    public let english: String

    /// Creates a template.
    public init(chinese: String, english: String) {
        self.chinese = chinese
        self.english = english
    }

    /// The wording in a language, before its placeholders are filled.
    public subscript(_ language: Language) -> String { language == .chinese ? chinese : english }

    public static func == (lhs: MessageTemplate, rhs: MessageTemplate) -> Bool {
        lhs === rhs || (lhs.chinese == rhs.chinese && lhs.english == rhs.english)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(chinese)
        hasher.combine(english)
    }
}
