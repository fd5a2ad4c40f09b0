import Foundation
import PartyBuilding
import PartyBuildingSynthetic

/// The full audit, the one-parameter what-if and the stores for one synthetic city.
struct CityBenchmark {
    let communities: Int
    let members: Int
    let workers: Int
    /// The monthly dues payments and the meetings of the city's year of records.
    let payments: Int
    let meetings: Int
    let generationMilliseconds: Double
    /// The counts of the city's governance records.
    let governance: GovernanceCounts
    /// The counts of the city's applicants.
    let development: DevelopmentCounts
    /// The parallel audit under each set of packs, by the packs' IDs joined with `+`.
    let audits: [(packs: String, timings: Timings, findings: Int)]
    /// One sequential audit under all packs, for comparison.
    let sequentialMilliseconds: Double
    /// The re-audit under the what-if scenario.
    let whatIf: Timings
    /// A full audit under the scenario, which the re-audit must equal.
    let scenarioAuditMilliseconds: Double
    let findingsChanged: Int
    /// Loading every community back from each store.
    let stores: [(name: String, saveMilliseconds: Double, load: Timings)]
    /// The formula sums over the city's own records, equal to those of the five streams.
    let sums: FormulaSums
    /// The peak resident set size after the audits and the what-if, before the stores load copies.
    let auditPeakBytes: Int
    /// The peak resident set size after the stores too.
    let peakBytes: Int

    /// The what-if of the issue: 200 CNY per member a year instead of 150, from 2025.
    static let scenario = Scenario(
        name: "活动经费 200 元/人·年",
        overrides: [
            .init(SZ2011.Parameters.activityFundPerMember, value: Money(yuan: 200), over: .starting("2025-01-01"))
        ])

    /// Generates the city, then audits it under each set of packs, re-audits it under the scenario
    /// and loads it from each store.
    /// - Throws: ``BenchmarkFailure`` when the re-audit differs from a full audit or a store loses
    ///   communities; ``AuditError`` or ``StoreError`` when those fail.
    static func run(
        communities: Int, seed: UInt64, runs: Int, packSets: [[PolicyPack]], stores: Set<StoreKind>
    ) async throws -> CityBenchmark {
        var city = SyntheticCity(communities: 0, seed: seed)
        let generation = await time { city = SyntheticCity(communities: communities, seed: seed) }
        let date = city.auditDate

        var audits: [(packs: String, timings: Timings, findings: Int)] = []
        var baseline: AuditReport?
        for packs in packSets {
            let auditor = Auditor(packs: packs)
            var report: AuditReport?
            let timings = try await Timings.measure(runs: runs) {
                report = try await auditor.audit(city.communities, on: date)
            }
            audits.append((packs.map(\.id).joined(separator: "+"), timings, report?.findings.count ?? 0))
            baseline = report
        }
        let allPacks = packSets.last ?? PolicyPack.builtIn
        let sequential = try await time {
            _ = try Auditor(packs: allPacks).auditSequentially(city.communities, on: date)
        }

        let whatIfAuditor = Auditor(packs: allPacks, scenario: scenario)
        guard let previous = baseline else { throw BenchmarkFailure("no pack to audit with") }
        var reaudited: AuditReport?
        let whatIf = try await Timings.measure(runs: runs) {
            reaudited = try await whatIfAuditor.reaudit(previous, of: city.communities)
        }
        var full: AuditReport?
        let scenarioAudit = try await time { full = try await whatIfAuditor.audit(city.communities, on: date) }
        guard let reaudited, let full, reaudited.findings == full.findings,
            reaudited.parameterChanges == full.parameterChanges, reaudited.countsByRule == full.countsByRule,
            reaudited.countsBySeverity == full.countsBySeverity
        else { throw BenchmarkFailure("the what-if re-audit differs from a full audit under the scenario") }
        let changed = Set(previous.findings).symmetricDifference(Set(full.findings)).count
        let auditPeak = peakResidentBytes()

        let loads = try await loadFromStores(city.communities, kinds: stores, runs: runs)
        return CityBenchmark(
            communities: communities, members: city.memberCount, workers: city.workerCount,
            payments: city.paymentCount, meetings: city.meetingCount, generationMilliseconds: generation,
            governance: GovernanceCounts(city.communities, seed: seed),
            development: DevelopmentCounts(city.communities, seed: seed),
            audits: audits, sequentialMilliseconds: sequential,
            whatIf: whatIf, scenarioAuditMilliseconds: scenarioAudit, findingsChanged: changed, stores: loads,
            sums: sumsFromRecords(city), auditPeakBytes: auditPeak, peakBytes: peakResidentBytes())
    }

    /// Saves the city to each store of the library (timed once), then times loading every community
    /// back: `runs` times from memory, at most three times from disk (a load decodes every file).
    private static func loadFromStores(_ communities: [Community], kinds: Set<StoreKind>, runs: Int) async throws
        -> [(name: String, saveMilliseconds: Double, load: Timings)]
    {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "party-building-benchmarks-\(ProcessInfo.processInfo.processIdentifier)-\(communities.count)")
        defer { try? FileManager.default.removeItem(at: directory) }
        var stores: [(name: String, store: any CommunityStore, runs: Int)] = []
        if kinds.contains(.memory) { stores.append(("InMemoryStore", InMemoryStore(), runs)) }
        if kinds.contains(.json) {
            stores.append(("JSONFileStore", try JSONFileStore(directory: directory), min(runs, 3)))
        }
        var results: [(name: String, saveMilliseconds: Double, load: Timings)] = []
        for (name, store, storeRuns) in stores {
            let save = try await time { try await store.save(communities) }
            var loaded: [Community] = []
            let load = try await Timings.measure(runs: storeRuns) { loaded = try await store.allCommunities() }
            guard loaded.count == communities.count, loaded.first == communities.first else {
                throw BenchmarkFailure("\(name) did not give back the communities saved")
            }
            results.append((name, save, load))
        }
        return results
    }

    /// The seven formulas over the city's records: members counted from the member records whose
    /// relationship the community holds, the rest from the community's figures.
    private static func sumsFromRecords(_ city: SyntheticCity) -> FormulaSums {
        var sums = FormulaSums()
        let calculators = FormulaCalculators.suzhou2011
        for community in city.communities {
            let pays = community.workers.compactMap { $0.pay(in: city.year) }
            let total = pays.reduce(Money.zero, +)
            sums.add(
                calculators.result(
                    members: community.members.count { $0.relationship == .heldByCommunity },
                    // The synthetic city records every figure.
                    residents: community.residents ?? 0,
                    residentialFloorArea: Int((community.residentialFloorArea ?? .zero).hundredthsOfSquareMetre / 100),
                    averageWage: Int((community.averageWage(in: city.year - 1) ?? .zero).fen / 100),
                    staffAveragePay: Int(total.fen / 100 / Int64(max(pays.count, 1)))))
        }
        return sums
    }

    /// The table rows.
    var rows: [String] {
        let name = "city \(communities)".padding(toLength: 22, withPad: " ", startingAt: 0)
        var rows = [
            "\(name) \(members) members, \(workers) workers, \(payments) dues payments, \(meetings) meetings, "
                + "generated in \(format(generationMilliseconds)) ms",
            governance.row, development.row,
        ]
        for audit in audits {
            rows.append(
                "  audit \(audit.packs)".padding(toLength: 23, withPad: " ", startingAt: 0)
                    + "median \(format(audit.timings.median)) ms  best \(format(audit.timings.best)) ms  "
                    + "(\(audit.findings) findings; sequential \(format(sequentialMilliseconds)) ms)")
        }
        rows.append(
            "  what-if 200 CNY      median \(format(whatIf.median)) ms  best \(format(whatIf.best)) ms  "
                + "(full audit under the scenario \(format(scenarioAuditMilliseconds)) ms; equal; "
                + "\(findingsChanged) findings changed)")
        for store in stores {
            rows.append(
                "  load \(store.name)".padding(toLength: 23, withPad: " ", startingAt: 0)
                    + "median \(format(store.load.median)) ms  best \(format(store.load.best)) ms  "
                    + "(save \(format(store.saveMilliseconds)) ms)")
        }
        rows.append(
            "  peak memory so far   \(mebibytes(auditPeakBytes)) after the audits, \(mebibytes(peakBytes)) after the stores"
        )
        return rows
    }

    /// The audit of the city with its year of records under ``PolicyPack/builtIn`` (the last set of
    /// packs audited), the what-if and the peak memory, with the sizes of a payment, a member and a
    /// meeting record.
    var recordsJSON: String {
        jsonLine([
            ("kind", jsonString("records")), ("communities", "\(communities)"), ("members", "\(members)"),
            ("payments", "\(payments)"), ("meetings", "\(meetings)"),
            ("packs", jsonString(audits.last?.packs ?? "")),
            ("audit_median_ms", format(audits.last?.timings.median ?? 0)),
            ("what_if_median_ms", format(whatIf.median)),
            ("peak_mib", String(format: "%.1f", Double(auditPeakBytes) / 1_048_576)),
            ("payment_stride_bytes", "\(MemoryLayout<DuesPayment>.stride)"),
            ("member_stride_bytes", "\(MemoryLayout<Member>.stride)"),
            ("meeting_stride_bytes", "\(MemoryLayout<Meeting>.stride)"),
        ])
    }

    /// The JSON line.
    var json: String {
        var fields: [(key: String, value: String)] = [
            ("kind", jsonString("city")), ("communities", "\(communities)"), ("members", "\(members)"),
            ("workers", "\(workers)"), ("payments", "\(payments)"), ("meetings", "\(meetings)"),
            ("generation_ms", format(generationMilliseconds)),
        ]
        for audit in audits {
            let key = "audit_" + audit.packs.replacingOccurrences(of: "+", with: "_")
            fields += [
                ("\(key)_median_ms", format(audit.timings.median)), ("\(key)_best_ms", format(audit.timings.best)),
                ("\(key)_findings", "\(audit.findings)"),
            ]
        }
        fields += [
            ("audit_sequential_ms", format(sequentialMilliseconds)), ("what_if_median_ms", format(whatIf.median)),
            ("what_if_best_ms", format(whatIf.best)), ("what_if_full_audit_ms", format(scenarioAuditMilliseconds)),
            ("what_if_equals_full_audit", "true"), ("what_if_findings_changed", "\(findingsChanged)"),
        ]
        for store in stores {
            fields += [
                ("\(store.name)_save_ms", format(store.saveMilliseconds)),
                ("\(store.name)_load_median_ms", format(store.load.median)),
                ("\(store.name)_load_best_ms", format(store.load.best)),
            ]
        }
        return jsonLine(
            fields + FormulaBenchmark.sumFields(sums) + [
                ("peak_rss_after_audit_bytes", "\(auditPeakBytes)"), ("peak_rss_bytes", "\(peakBytes)"),
            ])
    }
}
