import PartyBuilding
import PartyBuildingSynthetic

/// The counts of a city's applicants by the step they reached, for the benchmark's output and the
/// README.
struct DevelopmentCounts {
    /// The counts, in the order they are printed: all applicants, then by step, then the defective.
    let counts: [(key: String, value: Int)]

    /// Counts the applicants of `communities`, generated under `seed`.
    init(_ communities: [Community], seed: UInt64) {
        var steps = [Int](repeating: 0, count: ApplicantStep.allCases.count)
        var defective = 0
        for (index, community) in communities.enumerated() {
            for (position, applicant) in community.applicants.enumerated() {
                steps[ApplicantStep(of: applicant).rawValue] += 1
                if DevelopmentDefect.ofApplicant(position, inCommunityAt: index, seed: seed) != nil { defective += 1 }
            }
        }
        counts =
            [("applicants", steps.reduce(0, +))]
            + ApplicantStep.allCases.map { ("\($0)", steps[$0.rawValue]) }
            + [("defective", defective), ("applicant_stride_bytes", MemoryLayout<Applicant>.stride)]
    }

    /// The table row.
    var row: String {
        "  development          "
            + counts.map { "\($0.value) \($0.key.replacingOccurrences(of: "_", with: " "))" }
            .joined(separator: ", ")
    }

    /// The JSON line.
    var json: String { jsonLine([("kind", jsonString("development"))] + counts.map { ($0.key, "\($0.value)") }) }
}
