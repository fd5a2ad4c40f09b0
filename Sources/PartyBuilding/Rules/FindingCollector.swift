/// Where a rule reports what it finds: it fills in the rule's ID, the period judged, the citation and
/// the parameter values, sets the severity from the rule's strength, and turns a failure into a note
/// when an approved exception covers it.
public struct FindingCollector: Sendable {
    /// The findings reported so far, in the order reported.
    public private(set) var findings: [Finding] = []

    /// The rule reporting now: its ID, strength and citation.
    private(set) var rule: RuleDescriptor
    /// What the findings of the rule reporting now share: its ID, period, citation and parameter values.
    private(set) var origin: FindingOrigin
    var communityID: CommunityID?
    var exceptions: [RuleException]
    let date: CalendarDate

    init(date: CalendarDate) {
        self.rule = .none
        self.origin = FindingOrigin(
            ruleID: "", period: .day(date), citation: RuleDescriptor.none.citation, parameters: [])
        self.communityID = nil
        self.exceptions = []
        self.date = date
    }

    /// Makes a bound rule the one reporting now; its origin is shared by all its findings.
    mutating func switchTo(_ rule: BoundRule) {
        self.rule = rule.descriptor
        self.origin = rule.origin
    }

    /// Checks a measured value against a bound and reports a failure when it does not meet it: each
    /// bound is stated once, as the clause words it.
    ///
    /// ```swift
    /// findings.check(.community(id), .money(granted), .notLessThan, .money(floor),
    ///                detail: .count(members, .members), message: Self.belowFloor)
    /// ```
    /// - Returns: whether the value meets the bound.
    /// - Precondition: `measured` and `required` are of one unit (a rule's programming error).
    @discardableResult
    public mutating func check(
        _ subject: Subject, _ measured: Quantity, _ bound: Bound, _ required: Quantity, detail: Quantity? = nil,
        message: MessageTemplate
    ) -> Bool {
        precondition(bound != .between, "rule \(rule.id): check a band with check(_:_:between:and:detail:message:)")
        guard let order = measured.compared(to: required) else {
            preconditionFailure("rule \(rule.id) compares \(measured) with \(required), of another unit")
        }
        let meets: Bool
        switch bound {
        case .orMore, .notLessThan, .noFewerThan, .notEarlierThan, .between: meets = order >= 0
        case .orLess: meets = order <= 0
        case .moreThan: meets = order > 0
        case .lessThan: meets = order < 0
        case .exactly: meets = order == 0
        }
        if !meets {
            fail(subject, measured: measured, required: Requirement(bound, required), detail: detail, message: message)
        }
        return meets
    }

    /// Checks a measured value against a band, both ends included (在 35–45 岁之间), and reports a
    /// failure when it lies outside.
    /// - Returns: whether the value lies in the band.
    /// - Precondition: the three quantities are of one unit.
    @discardableResult
    public mutating func check(
        _ subject: Subject, _ measured: Quantity, between low: Quantity, and high: Quantity, detail: Quantity? = nil,
        message: MessageTemplate
    ) -> Bool {
        guard let fromLow = measured.compared(to: low), let fromHigh = measured.compared(to: high) else {
            preconditionFailure("rule \(rule.id) compares \(measured) with \(low)–\(high), of another unit")
        }
        let meets = fromLow >= 0 && fromHigh <= 0
        if !meets {
            fail(
                subject, measured: measured, required: Requirement(between: low, and: high), detail: detail,
                message: message)
        }
        return meets
    }

    /// Reports that a record fails the rule.
    ///
    /// The severity follows the rule's strength (``NormativeStrength/severityOfFailure``): a violation
    /// for must, shall and in-principle rules, a warning for a may rule (a permission never fails), an
    /// advisory for encouraged ones. For in-principle and may rules, an exception recorded for the rule
    /// and the subject (or the whole community) that covers the period turns the finding into a note.
    public mutating func fail(
        _ subject: Subject, measured: Quantity?, required: Requirement?, detail: Quantity? = nil,
        message: MessageTemplate
    ) {
        var severity = rule.strength.severityOfFailure
        var exception: RuleException?
        if rule.strength.allowsExceptions {
            exception = exceptions.first { $0.covers(rule.id, subject: subject, in: origin.period, on: date) }
            if exception != nil { severity = .note }
        }
        append(severity, subject, measured, required, detail, exception, message)
    }

    /// Reports a warning, whatever the rule's strength: a record at risk (a deadline coming close)
    /// that is not yet a failure. An exception recorded for the rule and the subject that covers the
    /// period makes it a note.
    public mutating func warn(
        _ subject: Subject, measured: Quantity?, required: Requirement?, detail: Quantity? = nil,
        message: MessageTemplate
    ) {
        let exception = exceptions.first { $0.covers(rule.id, subject: subject, in: origin.period, on: date) }
        append(exception == nil ? .warning : .note, subject, measured, required, detail, exception, message)
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
