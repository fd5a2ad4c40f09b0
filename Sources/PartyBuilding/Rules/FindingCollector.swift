/// Where a rule reports what it finds: it fills in the rule's ID, citation and parameter values,
/// sets the severity from the rule's strength, and turns a failure into a note when an approved
/// exception covers it.
public struct FindingCollector: Sendable {
    /// The findings reported so far, in the order reported.
    public private(set) var findings: [Finding] = []

    /// The rule reporting now: its ID, strength and citation.
    private(set) var rule: RuleDescriptor
    /// What the findings of the rule reporting now share: its ID, citation and parameter values.
    private(set) var origin: FindingOrigin
    var communityID: CommunityID?
    var exceptions: [RuleException]
    let date: CalendarDate

    init(date: CalendarDate) {
        self.rule = .none
        self.origin = FindingOrigin(ruleID: "", citation: RuleDescriptor.none.citation, parameters: [])
        self.communityID = nil
        self.exceptions = []
        self.date = date
    }

    /// Makes a bound rule the one reporting now; its origin is shared by all its findings.
    mutating func switchTo(_ rule: BoundRule) {
        self.rule = rule.descriptor
        self.origin = rule.origin
    }

    /// Reports that a record fails the rule.
    ///
    /// The severity follows the rule's strength: a violation for must, shall, in-principle and may
    /// rules, an advisory for encouraged ones. For in-principle and may rules, an exception recorded
    /// for the rule and the subject (or the whole community) turns the violation into a note.
    public mutating func fail(
        _ subject: Subject, measured: Quantity?, required: Requirement?, detail: Quantity? = nil,
        message: MessageTemplate
    ) {
        var severity = rule.strength.severityOfFailure
        var exception: RuleException?
        if rule.strength.allowsExceptions {
            exception = exceptions.first { $0.covers(rule.id, subject: subject, on: date) }
            if exception != nil { severity = .note }
        }
        append(severity, subject, measured, required, detail, exception, message)
    }

    /// Reports a figure or a recommendation that is not a failure.
    public mutating func inform(
        _ subject: Subject, measured: Quantity?, required: Requirement? = nil, detail: Quantity? = nil,
        message: MessageTemplate
    ) {
        append(.information, subject, measured, required, detail, nil, message)
    }

    /// Reports an advisory, whatever the rule's strength: for goals (形成…为主体) that a rule can only advise on.
    public mutating func advise(
        _ subject: Subject, measured: Quantity?, required: Requirement?, detail: Quantity? = nil,
        message: MessageTemplate
    ) {
        append(.advisory, subject, measured, required, detail, nil, message)
    }

    mutating func removeAll() { findings.removeAll(keepingCapacity: true) }

    private mutating func append(
        _ severity: Severity, _ subject: Subject, _ measured: Quantity?, _ required: Requirement?,
        _ detail: Quantity?, _ exception: RuleException?, _ message: MessageTemplate
    ) {
        findings.append(
            Finding(
                origin: origin, severity: severity, communityID: communityID, subject: subject, measured: measured,
                required: required, detail: detail, exception: exception, template: message))
    }
}
