import Foundation

/// What a rule found about one record: which rule, about what, the measured and required values,
/// the parameter values used, the clause, and a message in Chinese and English.
///
/// The answer to "why did this fail?" is in the finding itself:
///
/// ```swift
/// for finding in report.findings where finding.severity == .violation {
///     print(finding.ruleID, finding.subject.idText, finding.message(.english))
///     print(finding.citation.wording)         // the clause, in the original Chinese
/// }
/// ```
public struct Finding: Sendable, Hashable {
    /// The rule that produced the finding.
    public var ruleID: RuleID
    /// How much it matters.
    public var severity: Severity
    /// The community the finding is about, or `nil` for a finding about all communities audited.
    public var communityID: CommunityID?
    /// The record the finding is about.
    public var subject: Subject
    /// The value measured in the records.
    public var measured: Quantity?
    /// What the rule requires of it.
    public var required: Requirement?
    /// A further value the message shows, such as the year checked or a recommended form.
    public var detail: Quantity?
    /// The parameter values the rule used.
    public var parameters: [ParameterBinding]
    /// The clause behind the finding.
    public var citation: Citation
    /// The approved exception that made the finding a note, if any.
    public var exception: RuleException?
    /// The message's wording, with placeholders.
    public var template: MessageTemplate

    /// Creates a finding. Rules create findings through a ``FindingCollector``, which fills in the
    /// rule's ID, citation, parameters and severity.
    public init(
        ruleID: RuleID, severity: Severity, communityID: CommunityID?, subject: Subject, measured: Quantity?,
        required: Requirement?, detail: Quantity? = nil, parameters: [ParameterBinding], citation: Citation,
        exception: RuleException? = nil, template: MessageTemplate
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.communityID = communityID
        self.subject = subject
        self.measured = measured
        self.required = required
        self.detail = detail
        self.parameters = parameters
        self.citation = citation
        self.exception = exception
        self.template = template
    }

    /// The message in a language, with its values filled in.
    public func message(_ language: Language) -> String {
        var text = template[language]
        guard text.contains("{") else { return text }
        text = text.replacingPlaceholder("{subject}", with: subject.idText)
        text = text.replacingPlaceholder("{measured}", with: measured?.formatted(language) ?? "—")
        text = text.replacingPlaceholder("{required}", with: required?.formatted(language) ?? "—")
        text = text.replacingPlaceholder("{detail}", with: detail?.formatted(language) ?? "—")
        return text
    }
}

extension Finding: Codable {
    private enum CodingKeys: String, CodingKey {
        case ruleID, severity, communityID, subject, measured, required, detail, parameters, citation, exception
        case message
    }

    /// Decodes a finding; its message is the text that was encoded, already filled in.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        ruleID = try container.decode(RuleID.self, forKey: .ruleID)
        severity = try container.decode(Severity.self, forKey: .severity)
        communityID = try container.decodeIfPresent(CommunityID.self, forKey: .communityID)
        subject = try container.decode(Subject.self, forKey: .subject)
        measured = try container.decodeIfPresent(Quantity.self, forKey: .measured)
        required = try container.decodeIfPresent(Requirement.self, forKey: .required)
        detail = try container.decodeIfPresent(Quantity.self, forKey: .detail)
        parameters = try container.decode([ParameterBinding].self, forKey: .parameters)
        citation = try container.decode(Citation.self, forKey: .citation)
        exception = try container.decodeIfPresent(RuleException.self, forKey: .exception)
        let message = try container.decode(LocalizedText.self, forKey: .message)
        template = MessageTemplate(chinese: message.chinese, english: message.english)
    }

    /// Encodes a finding with its message filled in, in both languages.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ruleID, forKey: .ruleID)
        try container.encode(severity, forKey: .severity)
        try container.encodeIfPresent(communityID, forKey: .communityID)
        try container.encode(subject, forKey: .subject)
        try container.encodeIfPresent(measured, forKey: .measured)
        try container.encodeIfPresent(required, forKey: .required)
        try container.encodeIfPresent(detail, forKey: .detail)
        try container.encode(parameters, forKey: .parameters)
        try container.encode(citation, forKey: .citation)
        try container.encodeIfPresent(exception, forKey: .exception)
        try container.encode(
            LocalizedText(chinese: message(.chinese), english: message(.english)), forKey: .message)
    }
}

extension String {
    fileprivate func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        guard contains(placeholder) else { return self }
        return components(separatedBy: placeholder).joined(separator: value)
    }
}
