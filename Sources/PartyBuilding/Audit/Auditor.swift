import Foundation

/// Audits communities against policy packs on a date, under an optional what-if scenario.
///
/// ```swift
/// let auditor = Auditor(packs: [.suzhou2011])
/// let report = try await auditor.audit(communities, on: CalendarDate("2025-12-31"))
/// print(report.count(.violation), "violations")
/// ```
///
/// Every community is validated first (``Community/validate(on:)``); a record that cannot be right
/// stops the audit with ``AuditError/invalidRecord(_:)`` instead of being audited into nonsense.
/// The audit spreads communities over the machine's cores with structured concurrency and gives
/// the same findings, in the same order, as ``auditSequentially(_:on:year:)``.
public struct Auditor: Sendable {
    /// The packs applied, in order.
    public var packs: [PolicyPack]
    /// The what-if scenario whose parameter values replace the packs', or `nil`.
    public var scenario: Scenario?

    /// Creates an auditor.
    public init(packs: [PolicyPack] = PolicyPack.builtIn, scenario: Scenario? = nil) {
        self.packs = packs
        self.scenario = scenario
    }

    /// Audits communities on a date, in parallel.
    /// - Parameters:
    ///   - communities: the communities, in the order their findings are reported.
    ///   - date: the audit date; ages, validity and parameters in force are judged on this day.
    ///   - year: the year whose yearly obligations (funds, training, pay) are checked; by default the
    ///     last year complete on the date (``Auditor/reportingYear(on:)``): the date's own year when it
    ///     is 31 December, the year before otherwise, so that a year is not judged before it has ended.
    /// - Throws: ``AuditError``.
    public func audit(_ communities: [Community], on date: CalendarDate, year: Int? = nil) async throws(AuditError)
        -> AuditReport
    {
        let plan = try makePlan(communities, date: date, year: year)
        let chunks = Self.chunks(of: communities.count)
        let results = await withTaskGroup(of: (Int, Result<ChunkResult, AuditError>).self) { group in
            for (index, range) in chunks.enumerated() {
                group.addTask {
                    (index, Result { () throws(AuditError) in try plan.evaluate(communities[range], validating: true) })
                }
            }
            var results = [Result<ChunkResult, AuditError>?](repeating: nil, count: chunks.count)
            for await (index, result) in group { results[index] = result }
            return results.map { $0! }
        }
        return try plan.report(from: results.map { result throws(AuditError) in try result.get() })
    }

    /// Audits one community on a date.
    /// - Throws: ``AuditError``.
    public func audit(_ community: Community, on date: CalendarDate, year: Int? = nil) async throws(AuditError)
        -> AuditReport
    {
        try await audit([community], on: date, year: year)
    }

    /// Audits communities on a date in the calling thread, one after another.
    /// - Throws: ``AuditError``.
    public func auditSequentially(_ communities: [Community], on date: CalendarDate, year: Int? = nil)
        throws(AuditError) -> AuditReport
    {
        let plan = try makePlan(communities, date: date, year: year)
        return try plan.report(from: [plan.evaluate(communities[...], validating: true)])
    }

    /// Re-audits the same communities under this auditor's scenario, re-evaluating only the rules
    /// that read a parameter whose value changed since `previous`, and keeping the other findings.
    ///
    /// This is the fast path of an interactive what-if: change one parameter, and only the rules that
    /// depend on it run again. The result equals a full audit under the scenario.
    /// The re-audit evaluates the communities as `previous` saw them (it keeps their contexts), so pass
    /// the same, unchanged records: to audit changed records, run ``audit(_:on:year:)`` again. Under
    /// other packs than `previous` the re-audit is a full audit.
    /// - Parameter communities: the communities of `previous`, in the same order, unchanged.
    /// - Throws: ``AuditError/communitiesDiffer`` when the communities are not those of `previous`.
    public func reaudit(_ previous: AuditReport, of communities: [Community]) async throws(AuditError) -> AuditReport {
        guard communities.count == previous.communityIDs.count,
            communities.indices.allSatisfy({ communities[$0].id == previous.communityIDs[$0] })
        else { throw .communitiesDiffer }
        // Under other packs every rule may differ: audit afresh.
        guard previous.packIDs == packs.map(\.id) else {
            return try await audit(communities, on: previous.date, year: previous.year)
        }
        // The IDs are those of `previous`, which its audit found distinct.
        let plan = try makePlan(communities, date: previous.date, year: previous.year, checkingIDs: false)
        let oldValues = previous.parameterValues.values
        let changed = Set(plan.values.values.keys.filter { oldValues[$0] != plan.values.values[$0] })
            .union(oldValues.keys.filter { plan.values.values[$0] == nil })
        let affected = plan.rules.filter { rule in rule.descriptor.parameters.contains(where: changed.contains) }
        let affectedIDs = Set(affected.map(\.descriptor.id)).union(
            previous.rulesApplied.filter { id in !plan.rules.contains { $0.descriptor.id == id } })
        guard !affectedIDs.isEmpty else { return plan.report(reusing: previous) }

        let partial = AuditPlan(
            rules: affected, notInForce: plan.notInForce, values: plan.values, date: plan.date, year: plan.year,
            packIDs: plan.packIDs, scenarioName: plan.scenarioName)
        let chunks = Self.chunks(of: communities.count)
        let results = await withTaskGroup(of: (Int, ChunkResult).self) { group in
            for (index, range) in chunks.enumerated() {
                group.addTask { (index, partial.evaluate(previous.contexts[range])) }
            }
            var results = [ChunkResult](repeating: ChunkResult(), count: chunks.count)
            for await (index, result) in group { results[index] = result }
            return results
        }
        let fresh = partial.report(from: results, positions: previous.positions)
        return plan.merge(previous, replacing: affectedIDs, with: fresh)
    }

    private func makePlan(
        _ communities: [Community], date: CalendarDate, year: Int?, checkingIDs: Bool = true
    ) throws(AuditError) -> AuditPlan {
        if checkingIDs {
            var seen = Set<CommunityID>(minimumCapacity: communities.count)
            for index in communities.indices where !seen.insert(communities[index].id).inserted {
                throw .duplicateCommunity(communities[index].id)
            }
        }
        do {
            let values = try ParameterValues(packs: packs, scenario: scenario, on: date)
            let (rules, notInForce) = try BoundRule.bind(packs, values)
            return AuditPlan(
                rules: rules, notInForce: notInForce, values: values, date: date,
                year: year ?? Self.reportingYear(on: date),
                packIDs: packs.map(\.id), scenarioName: scenario?.name)
        } catch {
            throw .parameter(error)
        }
    }

    /// The last calendar year complete on `date`: its own year on 31 December, the year before on any
    /// other day. Audits check yearly obligations for this year unless told another.
    public static func reportingYear(on date: CalendarDate) -> Int {
        date.month == 12 && date.day == 31 ? date.year : date.year - 1
    }

    /// Splits `count` communities into contiguous chunks, a few per core, so that both cores stay busy
    /// even when communities differ in size.
    static func chunks(of count: Int) -> [Range<Int>] {
        let target = max(1, min(count, ProcessInfo.processInfo.activeProcessorCount * 8))
        let size = (count + target - 1) / max(target, 1)
        guard size > 0 else { return [0..<0] }
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }
}

/// The findings of a contiguous run of communities.
struct ChunkResult: Sendable {
    var findings: [Finding] = []
    var counts: [Int] = []
    var contexts: [CommunityContext] = []

    init(capacity: Int = 0) {
        counts.reserveCapacity(capacity)
        contexts.reserveCapacity(capacity)
    }
}

/// Everything an audit has decided before it looks at a record: the bound rules and the dates.
struct AuditPlan: Sendable {
    let rules: [BoundRule]
    let notInForce: [RuleID]
    let values: ParameterValues
    let date: CalendarDate
    let year: Int
    let packIDs: [String]
    let scenarioName: String?

    private var portfolioRules: [BoundRule] { rules.filter { $0.descriptor.scope == .portfolio } }

    /// Validates (when asked) and checks a run of communities.
    func evaluate(_ communities: ArraySlice<Community>, validating: Bool) throws(AuditError) -> ChunkResult {
        var result = ChunkResult(capacity: communities.count)
        var collector = FindingCollector(date: date)
        for community in communities {
            if validating {
                do { try community.validate(on: date) } catch { throw .invalidRecord(error) }
            }
            check(CommunityContext(community: community, date: date, year: year), into: &result, &collector)
        }
        result.findings = collector.findings
        return result
    }

    /// Checks a run of communities whose contexts an earlier audit built (a re-audit).
    func evaluate(_ contexts: ArraySlice<CommunityContext>) -> ChunkResult {
        var result = ChunkResult(capacity: contexts.count)
        var collector = FindingCollector(date: date)
        for context in contexts { check(context, into: &result, &collector) }
        result.findings = collector.findings
        return result
    }

    private func check(_ context: CommunityContext, into result: inout ChunkResult, _ collector: inout FindingCollector)
    {
        collector.communityID = context.id
        collector.exceptions = context.community.exceptions
        let before = collector.findings.count
        for rule in rules where rule.descriptor.scope == .community {
            collector.switchTo(rule)
            rule.evaluateCommunity(context, &collector)
        }
        result.counts.append(collector.findings.count - before)
        result.contexts.append(context)
    }

    /// The report of the chunks' findings; `positions`, when an earlier report of the same communities
    /// has them, saves indexing the communities again.
    func report(from chunks: [ChunkResult], positions: [CommunityID: Int]? = nil) -> AuditReport {
        var findings: [Finding] = []
        findings.reserveCapacity(chunks.reduce(0) { $0 + $1.findings.count })
        var ranges: [Range<Int>] = []
        for chunk in chunks {
            var start = findings.count
            for count in chunk.counts {
                ranges.append(start..<start + count)
                start += count
            }
            findings.append(contentsOf: chunk.findings)
        }
        let contexts = chunks.flatMap(\.contexts)
        if !portfolioRules.isEmpty {
            var collector = FindingCollector(date: date)
            for rule in portfolioRules {
                collector.switchTo(rule)
                rule.evaluatePortfolio(contexts, &collector)
            }
            findings.append(contentsOf: collector.findings)
        }
        return AuditReport(
            date: date, year: year, packIDs: packIDs, scenarioName: scenarioName, parameterValues: values,
            rulesApplied: rules.map(\.descriptor.id), rulesNotInForce: notInForce,
            contexts: contexts, findings: findings, communityRanges: ranges, positions: positions)
    }

    /// `previous` with this plan's parameter values and scenario, when no rule's result can differ.
    func report(reusing previous: AuditReport) -> AuditReport {
        AuditReport(
            date: date, year: year, packIDs: packIDs, scenarioName: scenarioName, parameterValues: values,
            rulesApplied: rules.map(\.descriptor.id), rulesNotInForce: notInForce,
            contexts: previous.contexts, findings: previous.findings, communityRanges: previous.communityRanges,
            positions: previous.positions)
    }

    /// `previous` with the findings of the rules in `replaced` swapped for those of `fresh`, each
    /// community's findings kept in rule order.
    ///
    /// Findings of one rule sit together and share one ``FindingOrigin``, so the rule of a finding is
    /// looked up only where the origin changes, not once per finding.
    func merge(_ previous: AuditReport, replacing replaced: Set<RuleID>, with fresh: AuditReport) -> AuditReport {
        var order: [RuleID: Int] = [:]
        for (index, rule) in rules.enumerated() { order[rule.descriptor.id] = index }
        var findings: [Finding] = []
        findings.reserveCapacity(previous.findings.count + fresh.findings.count)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(previous.communityRanges.count)

        /// The rank of a finding's rule and whether it is kept, looked up only when the origin changes.
        struct RankCache {
            var origin: FindingOrigin?
            var rank = 0
            var kept = true
        }
        var oldCache = RankCache()
        var newCache = RankCache()
        func classify(_ finding: Finding, _ cache: inout RankCache) -> (rank: Int, kept: Bool) {
            if finding.origin !== cache.origin {
                cache.origin = finding.origin
                cache.rank = order[finding.ruleID] ?? Int.max
                cache.kept = !replaced.contains(finding.ruleID)
            }
            return (cache.rank, cache.kept)
        }

        func mergeSlices(_ old: ArraySlice<Finding>, _ new: ArraySlice<Finding>) {
            var newIndex = new.startIndex
            var newRank = newIndex < new.endIndex ? classify(new[newIndex], &newCache).rank : Int.max
            for finding in old {
                let (rank, kept) = classify(finding, &oldCache)
                guard kept else { continue }
                while newRank < rank {
                    findings.append(new[newIndex])
                    newIndex += 1
                    newRank = newIndex < new.endIndex ? classify(new[newIndex], &newCache).rank : Int.max
                }
                findings.append(finding)
            }
            findings.append(contentsOf: new[newIndex...])
        }

        for (oldRange, newRange) in zip(previous.communityRanges, fresh.communityRanges) {
            let start = findings.count
            mergeSlices(previous.findings[oldRange], fresh.findings[newRange])
            ranges.append(start..<findings.count)
        }
        mergeSlices(previous.portfolioFindings, fresh.portfolioFindings)
        return AuditReport(
            date: date, year: year, packIDs: packIDs, scenarioName: scenarioName, parameterValues: values,
            rulesApplied: rules.map(\.descriptor.id), rulesNotInForce: notInForce,
            contexts: previous.contexts, findings: findings, communityRanges: ranges, positions: previous.positions)
    }
}
