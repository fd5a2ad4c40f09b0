import Foundation
import FuzzSupport
import PartyBuilding
import PartyBuildingSynthetic

/// The packs a scenario may name: the whole catalog.
private let packs = PolicyPack.catalog

/// The community audited under each scenario, and its audit under the packs as they are.
private let community = SampleCommunities.dongguan
private let baseline: AuditReport = {
    guard let report = try? Auditor(packs: packs).auditSequentially([community], on: auditDate) else {
        fatalError("the sample community cannot be audited")
    }
    return report
}()

/// Scenario and parameter parsing: an input that starts with `{` is a what-if scenario file (JSON,
/// as `what-if --scenario` reads it); any other input is lines of text, the first a period
/// (`2025`, `2025-Q2`, `2025-01-01/2025-06-30`, as `Period(iso8601:)` reads it) and the others
/// `--parameter ID=VALUE` assignments over it, in the unit each pack parameter has.
///
/// Every line is also read as a date and as a period. A scenario that reads is audited against a
/// sample community, and its re-audit must equal the full audit under it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = input(start, count)
    let scenario: Scenario
    if data.first == UInt8(ascii: "{") {
        do { scenario = try JSONDecoder().decode(Scenario.self, from: data) } catch {
            _ = error.localizedDescription
            return 0
        }
    } else {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        for line in lines {
            _ = try? CalendarDate(iso8601: line)
            _ = try? Period(iso8601: line)
        }
        let period = lines.first.flatMap { try? Period(iso8601: $0) } ?? .always
        do { scenario = try Scenario(parsing: Array(lines.dropFirst()), over: period, packs: packs) } catch {
            _ = error.localizedDescription
            return 0
        }
    }
    audit(under: scenario)
    return 0
}

/// Audits the sample community under `scenario`, in full and as a re-audit of the baseline, and
/// checks that both find the same.
private func audit(under scenario: Scenario) {
    let auditor = Auditor(packs: packs, scenario: scenario)
    let full: AuditReport
    do { full = try auditor.auditSequentially([community], on: auditDate) } catch {
        _ = error.localizedDescription
        return
    }
    let findings = blocking { () -> [Finding]? in try? await auditor.reaudit(baseline, of: [community]).findings }
    precondition(findings == full.findings, "the re-audit under a scenario differs from the full audit under it")
    for change in full.parameterChanges { _ = "\(change)" }
}
