import Foundation

/// Audits communities against policy packs on a date, under an optional what-if scenario.
///
/// ```swift
/// let auditor = Auditor(packs: [.suzhou2011])
/// let report = try await auditor.audit(communities, on: "2025-12-31")
/// print(report.count(.violation), "violations")
/// ```
///
/// **Periods.** Each rule judges its own periods (``RuleDescriptor/Cadence``): a state on the audit
/// date, or an obligation of each year (quarter, month) of the range audited that is complete on the
/// audit date, with the parameter values in force for that period (``ParameterValues``). The audit
/// date decides only which periods are complete. By default the range is the last year complete on
/// the date (``reportingYear(on:)``): audited on 2026-03-31, the yearly obligations of 2025 are
/// judged with 2025's values, and a scenario from 2026-01-01 does not touch them.
///
/// Every community is validated first (``Community/validate(on:)``); a record that cannot be right
/// stops the audit with ``AuditError/invalidRecord(_:)`` instead of being audited into nonsense.
/// The audit spreads communities over the machine's cores with structured concurrency and gives
/// the same findings, in the same order, as ``auditSequentially(_:on:judging:)``.
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
    ///   - date: the audit date: states (ages, forms, spaces) are judged on it, and it decides which
    ///     periods of `range` are complete.
    ///   - range: the days whose complete years, quarters and months are judged; by default the last
    ///     year complete on `date`.
    /// - Throws: ``AuditError``.
    public func audit(_ communities: [Community], on date: CalendarDate, judging range: Period? = nil)
        async throws(AuditError) -> AuditReport
    {
        let plan = try makePlan(communities, date: date, range: range)
        let results = await Self.inChunks(of: communities.count) { chunk throws(AuditError) in
            try Self.evaluate(communities[chunk], under: plan)
        }
        return try Self.report(plan, from: results)
    }

    /// Audits one community on a date.
    /// - Throws: ``AuditError``.
    public func audit(_ community: Community, on date: CalendarDate, judging range: Period? = nil)
        async throws(AuditError) -> AuditReport
    {
        try await audit([community], on: date, judging: range)
    }

    /// Audits communities on a date in the calling thread, one after another.
    /// - Throws: ``AuditError``.
    public func auditSequentially(_ communities: [Community], on date: CalendarDate, judging range: Period? = nil)
        throws(AuditError) -> AuditReport
    {
        let plan = try makePlan(communities, date: date, range: range)
        return try Self.report(
            plan, from: [Result { () throws(AuditError) in try Self.evaluate(communities[...], under: plan) }])
    }

    /// Audits `communities` again, on the date and range of `previous`, under this auditor's packs
    /// and scenario, re-evaluating only what can have changed: for a community whose records equal
    /// those `previous` audited, only the rules for which a parameter value they read changed (or
    /// that came into or went out of force); for a community whose records changed, every rule.
    ///
    /// This is the fast path of an interactive what-if: change one parameter, or fix one record, and
    /// only what depends on it runs again. The result equals a full audit of `communities`
    /// (``audit(_:on:judging:)``) on the same date and range. When the communities are not those of
    /// `previous` (other IDs, another order) or the packs differ, the re-audit is a full audit.
    /// - Throws: ``AuditError``.
    public func reaudit(_ previous: AuditReport, of communities: [Community]) async throws(AuditError)
        -> AuditReport
    {
        let sameCommunities =
            communities.count == previous.communityIDs.count
            && communities.indices.allSatisfy { communities[$0].id == previous.communityIDs[$0] }
        guard sameCommunities, previous.packIDs == packs.map(\.id) else {
            return try await audit(communities, on: previous.date, judging: previous.period)
        }
        // The IDs are those of `previous`, which its audit found distinct.
        let plan = try makePlan(communities, date: previous.date, range: previous.period, checkingIDs: false)
        // A rule is judged again when a value it read for its period changed, or when it reads a
        // figure the scenario overrides at all: a rule that judges each case with the figure of the
        // case's day (``DatedFigure``) can be changed by an override that starts inside its period.
        let overridden = Set((scenario?.overrides ?? []).map(\.parameterID))
        let affected = plan.rules.filter { rule in
            previous.applicationBindings[rule.application] != rule.origin.parameters
                || rule.origin.parameters.contains { overridden.contains($0.parameterID) }
        }
        let replaced = Set(affected.map(\.application)).union(
            previous.applications.filter { plan.ranks[$0] == nil })
        let affectedRules = affected.filter { $0.descriptor.scope == .community }
        let allRules = plan.communityRules
        let date = previous.date
        // In parallel: the fresh findings of each community, of the affected rules where its records
        // are those `previous` audited (its context is kept), of every rule where they changed.
        let results = await Self.inChunks(of: communities.count) { chunk throws(AuditError) in
            var result = ChunkResult(capacity: chunk.count)
            var collector = FindingCollector(date: date)
            for index in chunk {
                let old = previous.contexts[index]
                let unchanged = communities[index] == old.community
                let context = unchanged ? old : try Self.validatedContext(communities[index], on: date)
                let start = collector.findings.count
                plan.check(context, with: unchanged ? affectedRules : allRules, into: &collector)
                result.append(context, count: collector.findings.count - start)
                if !unchanged { result.findingCounts.subtract(previous.findings[previous.communityRanges[index]]) }
            }
            result.findings = collector.findings
            result.findingCounts.add(result.findings[...])
            return result
        }
        // The counts: the earlier report's, less the findings dropped, plus the fresh ones.
        var counts = previous.counts
        // In order: each unchanged community's earlier findings, without those of the rules re-evaluated,
        // merged with its fresh ones; a changed community's fresh findings alone.
        var merger = FindingMerger(ranks: plan.ranks, replaced: replaced)
        var findings: [Finding] = []
        findings.reserveCapacity(previous.findings.count)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(communities.count)
        var contexts: [CommunityContext] = []
        contexts.reserveCapacity(communities.count)
        var anyChanged = false
        for result in results {
            let chunk = try result.get()
            var freshStart = 0
            for (offset, context) in chunk.contexts.enumerated() {
                let index = chunk.first + offset
                let fresh = chunk.findings[freshStart..<freshStart + chunk.counts[offset]]
                freshStart += chunk.counts[offset]
                let start = findings.count
                if context === previous.contexts[index] {
                    merger.merge(
                        previous.findings[previous.communityRanges[index]], fresh, into: &findings, dropped: &counts)
                } else {
                    anyChanged = true
                    findings.append(contentsOf: fresh)
                }
                ranges.append(start..<findings.count)
                contexts.append(context)
            }
            counts.add(chunk.findingCounts)
        }
        // The portfolio's findings depend on every community and on the portfolio rules' parameters.
        let portfolioRules = Set(
            packs.flatMap(\.rules).filter { $0.descriptor.scope == .portfolio }.map(\.descriptor.id))
        let portfolioUnchanged = !anyChanged && !replaced.contains { portfolioRules.contains($0.ruleID) }
        if portfolioUnchanged {
            findings.append(contentsOf: previous.portfolioFindings)
        } else {
            let portfolio = plan.portfolioFindings(contexts, with: plan.portfolioRules)
            counts.subtract(previous.portfolioFindings)
            counts.add(portfolio[...])
            findings.append(contentsOf: portfolio)
        }
        return plan.report(
            contexts: contexts, findings: findings, communityRanges: ranges, positions: previous.positions,
            counts: counts)
    }

    private func makePlan(
        _ communities: [Community], date: CalendarDate, range: Period?, checkingIDs: Bool = true
    ) throws(AuditError) -> AuditPlan {
        if checkingIDs {
            var seen = Set<CommunityID>(minimumCapacity: communities.count)
            for index in communities.indices where !seen.insert(communities[index].id).inserted {
                throw .duplicateCommunity(communities[index].id)
            }
        }
        do {
            return try AuditPlan(
                packs: packs, scenario: scenario, date: date, range: range ?? .year(Self.reportingYear(on: date)))
        } catch {
            throw .parameter(error)
        }
    }

    /// Validates and checks a run of communities with every community rule of `plan`.
    private static func evaluate(_ communities: ArraySlice<Community>, under plan: AuditPlan) throws(AuditError)
        -> ChunkResult
    {
        var result = ChunkResult(capacity: communities.count)
        var collector = FindingCollector(date: plan.date)
        let rules = plan.communityRules
        for community in communities {
            let context = try validatedContext(community, on: plan.date)
            let start = collector.findings.count
            plan.check(context, with: rules, into: &collector)
            result.append(context, count: collector.findings.count - start)
        }
        result.findings = collector.findings
        result.findingCounts = FindingCounts(result.findings[...])
        return result
    }

    private static func validatedContext(_ community: Community, on date: CalendarDate) throws(AuditError)
        -> CommunityContext
    {
        do { try community.validate(on: date) } catch { throw .invalidRecord(error) }
        return CommunityContext(community: community, date: date)
    }

    /// The report of the chunks, in order, with the findings of the plan's portfolio rules after them.
    private static func report(_ plan: AuditPlan, from results: [Result<ChunkResult, AuditError>])
        throws(AuditError) -> AuditReport
    {
        var findings: [Finding] = []
        var ranges: [Range<Int>] = []
        var contexts: [CommunityContext] = []
        var counts = FindingCounts()
        var chunks: [ChunkResult] = []
        for result in results { chunks.append(try result.get()) }
        findings.reserveCapacity(chunks.reduce(0) { $0 + $1.findings.count })
        ranges.reserveCapacity(chunks.reduce(0) { $0 + $1.counts.count })
        for chunk in chunks {
            var start = findings.count
            for count in chunk.counts {
                ranges.append(start..<start + count)
                start += count
            }
            findings.append(contentsOf: chunk.findings)
            contexts.append(contentsOf: chunk.contexts)
            counts.add(chunk.findingCounts)
        }
        let portfolio = plan.portfolioFindings(contexts, with: plan.portfolioRules)
        counts.add(portfolio[...])
        findings.append(contentsOf: portfolio)
        return plan.report(contexts: contexts, findings: findings, communityRanges: ranges, counts: counts)
    }

    /// The last calendar year complete on `date`: its own year on 31 December, the year before on any
    /// other day. Audits judge yearly obligations for this year unless given another range.
    public static func reportingYear(on date: CalendarDate) -> Int {
        date.month == 12 && date.day == 31 ? date.year : date.year - 1
    }

    /// Runs `work` over contiguous chunks of `count` communities, a few per core so that both cores
    /// stay busy even when communities differ in size, and returns the results in chunk order.
    private static func inChunks(
        of count: Int, _ work: @escaping @Sendable (Range<Int>) throws(AuditError) -> ChunkResult
    ) async -> [Result<ChunkResult, AuditError>] {
        let chunks = chunks(of: count)
        return await withTaskGroup(of: (Int, Result<ChunkResult, AuditError>).self) { group in
            for (index, range) in chunks.enumerated() {
                group.addTask {
                    let result = Result { () throws(AuditError) in
                        var result = try work(range)
                        result.first = range.lowerBound
                        return result
                    }
                    return (index, result)
                }
            }
            var results = [Result<ChunkResult, AuditError>?](repeating: nil, count: chunks.count)
            for await (index, result) in group { results[index] = result }
            return results.map { $0 ?? .success(ChunkResult()) }
        }
    }

    /// Splits `count` communities into contiguous chunks, a few per core.
    static func chunks(of count: Int) -> [Range<Int>] {
        let target = max(1, min(count, ProcessInfo.processInfo.activeProcessorCount * 8))
        let size = (count + target - 1) / max(target, 1)
        guard size > 0 else { return [0..<0] }
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }
}

/// The findings of a contiguous run of communities.
struct ChunkResult: Sendable {
    /// The index of the run's first community.
    var first = 0
    var findings: [Finding] = []
    var counts: [Int] = []
    var contexts: [CommunityContext] = []
    /// The counts of ``findings`` (in a re-audit, the change they make to the earlier report's counts).
    var findingCounts = FindingCounts()

    init(capacity: Int = 0) {
        counts.reserveCapacity(capacity)
        contexts.reserveCapacity(capacity)
    }

    mutating func append(_ context: CommunityContext, count: Int) {
        contexts.append(context)
        counts.append(count)
    }
}

/// Merges a community's earlier findings, without those of the rules re-evaluated, with the fresh
/// findings of those rules, in report order.
///
/// Findings of one rule application sit together and share one ``FindingOrigin``, so the rank of a
/// finding is looked up only where the origin changes, not once per finding; and an audit's findings
/// of one rule application share that origin across communities, so its rank is computed once per
/// merger and then found by the origin's identity.
struct FindingMerger {
    let ranks: [RuleApplication: Int]
    let replaced: Set<RuleApplication>
    /// The rank of each origin met, and whether its findings are kept.
    private var known: [ObjectIdentifier: (rank: Int, kept: Bool)] = [:]

    init(ranks: [RuleApplication: Int], replaced: Set<RuleApplication>) {
        self.ranks = ranks
        self.replaced = replaced
    }

    /// The rank of a finding's rule application and whether it is kept, looked up when the origin changes.
    private struct RankCache {
        var origin: FindingOrigin?
        var rank = 0
        var kept = true
    }

    private mutating func classify(_ finding: Finding, _ cache: inout RankCache) -> (rank: Int, kept: Bool) {
        if finding.origin !== cache.origin {
            let identity = ObjectIdentifier(finding.origin)
            let (rank, kept) =
                known[identity]
                ?? {
                    let application = RuleApplication(ruleID: finding.ruleID, period: finding.period)
                    let classified = (rank: ranks[application] ?? Int.max, kept: !replaced.contains(application))
                    known[identity] = classified
                    return classified
                }()
            cache.origin = finding.origin
            cache.rank = rank
            cache.kept = kept
        }
        return (cache.rank, cache.kept)
    }

    /// Appends a community's kept earlier findings and its fresh ones, in report order.
    ///
    /// The origins met stay alive while the merger is used: the findings merged hold them.
    /// The earlier findings not kept are subtracted from `dropped`.
    mutating func merge(
        _ old: ArraySlice<Finding>, _ new: ArraySlice<Finding>, into findings: inout [Finding],
        dropped: inout FindingCounts
    ) {
        var oldCache = RankCache()
        var newCache = RankCache()
        var newIndex = new.startIndex
        var newRank = newIndex < new.endIndex ? classify(new[newIndex], &newCache).rank : Int.max
        for index in old.indices {
            let (rank, kept) = classify(old[index], &oldCache)
            guard kept else {
                dropped.subtract(old[index...index])
                continue
            }
            while newRank < rank {
                findings.append(new[newIndex])
                newIndex += 1
                newRank = newIndex < new.endIndex ? classify(new[newIndex], &newCache).rank : Int.max
            }
            findings.append(old[index])
        }
        findings.append(contentsOf: new[newIndex...])
    }
}
