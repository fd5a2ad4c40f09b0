/// How many findings of each severity and of each rule a run of findings holds.
///
/// Counts add and subtract, so that a re-audit derives its report's counts from the earlier
/// report's, less the findings it drops and plus the fresh ones, instead of reading every finding
/// again; and each chunk of a parallel audit counts its own findings while they are in its cache.
struct FindingCounts: Sendable, Equatable {
    /// Counts by ``Severity/rank``.
    private(set) var bySeverity = [Int](repeating: 0, count: Severity.allCases.count)
    /// Counts by rule; a rule whose count falls to zero is removed.
    private(set) var byRule: [RuleID: Int] = [:]

    /// No findings.
    init() {}

    /// Counts findings. Findings of one rule application sit together and share an origin, so a
    /// rule's count is added once per run of findings, not hashed once per finding.
    init(_ findings: ArraySlice<Finding>) {
        add(findings, sign: 1)
    }

    /// Adds the counts of findings.
    mutating func add(_ findings: ArraySlice<Finding>) { add(findings, sign: 1) }

    /// Removes the counts of findings counted before.
    mutating func subtract(_ findings: ArraySlice<Finding>) { add(findings, sign: -1) }

    /// Adds another count.
    mutating func add(_ other: FindingCounts) {
        for index in bySeverity.indices { bySeverity[index] += other.bySeverity[index] }
        for (rule, count) in other.byRule { addToRule(rule, count) }
    }

    /// The findings of a severity.
    func count(of severity: Severity) -> Int { bySeverity[severity.rank] }

    /// The counts by severity, without severities never found.
    var severities: [Severity: Int] {
        Dictionary(uniqueKeysWithValues: zip(Severity.allCases, bySeverity).filter { $0.1 > 0 })
    }

    private mutating func add(_ findings: ArraySlice<Finding>, sign: Int) {
        var run: (origin: FindingOrigin?, count: Int) = (nil, 0)
        // Read in place: copying each finding would retain it.
        findings.withUnsafeBufferPointer { findings in
            for index in findings.indices {
                bySeverity[findings[index].severity.rank] += sign
                if findings[index].origin !== run.origin {
                    if let origin = run.origin { addToRule(origin.ruleID, run.count) }
                    run = (findings[index].origin, 0)
                }
                run.count += sign
            }
        }
        if let origin = run.origin { addToRule(origin.ruleID, run.count) }
    }

    private mutating func addToRule(_ rule: RuleID, _ count: Int) {
        let total = byRule[rule, default: 0] + count
        byRule[rule] = total == 0 ? nil : total
    }
}
