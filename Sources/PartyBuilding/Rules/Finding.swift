import Foundation

/// What a rule found about one record for one period: which rule, about what, the period judged, the
/// measured and required values, the parameter values used, the clause, and a message in Chinese and
/// English.
///
/// The answer to "why did this fail?" is in the finding itself:
///
/// ```swift
/// for finding in report.findings where finding.severity == .violation {
///     print(finding.ruleID, finding.subject.idText, finding.message(.english))
///     print(finding.citation.wording)         // the clause, in the original Chinese
/// }
/// ```
///
/// A finding is immutable and stored out of line: copying one, as a report, a merge or a set does
/// hundreds of thousands of times, copies a single reference.
public struct Finding: Sendable, Hashable {
    /// The finding's values, shared by every copy.
    private let storage: Storage

    /// The rule's ID, citation and parameter values: shared by all the findings of a rule in an audit.
    var origin: FindingOrigin { storage.values.origin }
    /// How much it matters.
    public var severity: Severity { storage.values.severity }
    /// The community the finding is about, or `nil` for a finding about all communities audited.
    public var communityID: CommunityID? { storage.values.communityID }
    /// The record the finding is about.
    public var subject: Subject { storage.values.subject }
    /// The value measured in the records.
    public var measured: Quantity? { storage.values.measured }
    /// What the rule requires of it.
    public var required: Requirement? { storage.values.required }
    /// A further value the message shows, such as the year checked or a recommended form.
    public var detail: Quantity? { storage.values.detail }
    /// The message's wording, with placeholders.
    public var template: MessageTemplate { storage.values.template }
    /// The approved exception that made the finding a note, if any.
    public var exception: RuleException? { storage.values.exception }

    /// The rule that produced the finding.
    public var ruleID: RuleID { origin.ruleID }
    /// The period judged: the year of a yearly obligation, or the audit date for a state.
    public var period: Period { origin.period }
    /// The clause behind the finding.
    public var citation: Citation { origin.citation }
    /// The parameter values the rule used.
    public var parameters: [ParameterBinding] { origin.parameters }

    /// Creates a finding. Rules create findings through a ``FindingCollector``, which fills in the
    /// rule's ID, citation, parameters and severity.
    public init(
        ruleID: RuleID, period: Period, severity: Severity, communityID: CommunityID?, subject: Subject,
        measured: Quantity?, required: Requirement?, detail: Quantity? = nil, parameters: [ParameterBinding],
        citation: Citation, exception: RuleException? = nil, template: MessageTemplate
    ) {
        self.init(
            origin: FindingOrigin(ruleID: ruleID, period: period, citation: citation, parameters: parameters),
            severity: severity,
            communityID: communityID, subject: subject, measured: measured, required: required, detail: detail,
            exception: exception, template: template)
    }

    init(
        origin: FindingOrigin, severity: Severity, communityID: CommunityID?, subject: Subject, measured: Quantity?,
        required: Requirement?, detail: Quantity?, exception: RuleException?, template: MessageTemplate
    ) {
        storage = Storage(
            Storage.Values(
                origin: origin, severity: severity, communityID: communityID, subject: subject, measured: measured,
                required: required, detail: detail, template: template, exception: exception))
    }

    /// Whether two findings say the same: the same rule application, severity, community, subject,
    /// values, wording and exception.
    public static func == (lhs: Finding, rhs: Finding) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.values == rhs.storage.values
    }

    /// Hashes what ``==`` compares.
    public func hash(into hasher: inout Hasher) { hasher.combine(storage.values) }

    /// The message in a language, with its values filled in.
    public func message(_ language: Language) -> String {
        var text = template[language]
        guard text.contains("{") else { return text }
        text = text.replacingPlaceholder("{subject}", with: subject.idText)
        text = text.replacingPlaceholder("{period}", with: period.formatted(language))
        text = text.replacingPlaceholder("{measured}", with: measured?.formatted(language) ?? "—")
        text = text.replacingPlaceholder("{required}", with: required?.formatted(language) ?? "—")
        text = text.replacingPlaceholder("{detail}", with: detail?.formatted(language) ?? "—")
        return text
    }
}

extension Finding: Codable {
    private enum CodingKeys: String, CodingKey {
        case ruleID, period, severity, communityID, subject, measured, required, detail, parameters, citation
        case exception
        case message
    }

    /// Decodes a finding; its message is the text that was encoded, already filled in.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let origin = FindingOrigin(
            ruleID: try container.decode(RuleID.self, forKey: .ruleID),
            period: try container.decode(Period.self, forKey: .period),
            citation: try container.decode(Citation.self, forKey: .citation),
            parameters: try container.decode([ParameterBinding].self, forKey: .parameters))
        let severity = try container.decode(Severity.self, forKey: .severity)
        let communityID = try container.decodeIfPresent(CommunityID.self, forKey: .communityID)
        let subject = try container.decode(Subject.self, forKey: .subject)
        let measured = try container.decodeIfPresent(Quantity.self, forKey: .measured)
        let required = try container.decodeIfPresent(Requirement.self, forKey: .required)
        let detail = try container.decodeIfPresent(Quantity.self, forKey: .detail)
        let exception = try container.decodeIfPresent(RuleException.self, forKey: .exception)
        let message = try container.decode(LocalizedText.self, forKey: .message)
        self.init(
            origin: origin, severity: severity, communityID: communityID, subject: subject, measured: measured,
            required: required, detail: detail, exception: exception,
            template: MessageTemplate(chinese: message.chinese, english: message.english))
    }

    /// Encodes a finding with its message filled in, in both languages.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ruleID, forKey: .ruleID)
        try container.encode(period, forKey: .period)
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

/// What all the findings of one rule for one period in one audit share: allocated once per rule and
/// period, referenced by each finding.
final class FindingOrigin: Sendable, Hashable {
    let ruleID: RuleID
    let period: Period
    let citation: Citation
    let parameters: [ParameterBinding]

    init(ruleID: RuleID, period: Period, citation: Citation, parameters: [ParameterBinding]) {
        self.ruleID = ruleID
        self.period = period
        self.citation = citation
        self.parameters = parameters
    }

    static func == (lhs: FindingOrigin, rhs: FindingOrigin) -> Bool {
        lhs === rhs
            || (lhs.ruleID == rhs.ruleID && lhs.period == rhs.period && lhs.citation == rhs.citation
                && lhs.parameters == rhs.parameters)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(ruleID) }
}

extension Finding {
    /// A finding's values, out of line.
    fileprivate final class Storage: Sendable {
        /// The values compared and hashed, in one tuple-like value.
        struct Values: Sendable, Hashable {
            let origin: FindingOrigin
            let severity: Severity
            let communityID: CommunityID?
            let subject: Subject
            let measured: Quantity?
            let required: Requirement?
            let detail: Quantity?
            let template: MessageTemplate
            let exception: RuleException?
        }

        let values: Values

        init(_ values: Values) { self.values = values }
    }
}
