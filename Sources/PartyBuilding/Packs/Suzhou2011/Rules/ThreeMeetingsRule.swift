extension SZ2011 {
    /// `SZ2011.13.three-meetings` (must): "三会一课" and the democratic evaluation of members are held
    /// strictly on their cadences.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/threeMeetings``.
    ///
    /// Judged for each complete year, for every branch-level organisation
    /// (``Community/branchLevelOrganisations``), over the whole units it lived through
    /// (``CadenceCheck``): a general meeting of members every quarter, a committee meeting every month
    /// where a committee exists (a general branch or committee by its form; a branch whose latest
    /// election elected ``SZ2011/Parameters/threeMeetingsCommitteeMembers`` members or more), a
    /// meeting of each of its Party groups every month, and a democratic evaluation every year. One
    /// finding per organisation lists every cadence missed with its periods: it stands on its own
    /// beside the `NAT.meetings.*` findings, citing art. 13. The lesson (一课) has no count of its own
    /// for a branch: a committee secretary's lessons are judged by `NAT.lessons`. A community that
    /// records no meetings at all gets an information finding that it could not be checked.
    public struct ThreeMeetingsRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.13.three-meetings", chinese: "严格执行“三会一课”和民主评议党员制度",
            english: "Three meetings and a lesson, and the democratic evaluation", strength: .must,
            clause: Clauses.threeMeetings, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// `2025年未严格执行“三会一课”和民主评议党员制度，未按期召开：党员大会（2025年第二季度）`.
        static let notStrict = MessageTemplate(
            chinese: "{period}未严格执行“三会一课”和民主评议党员制度，未按期召开：{detail}",
            english:
                "In {period} the three meetings and a lesson and the democratic evaluation were not held strictly; missed: {detail}"
        )

        /// The cadences the rule judges.
        public struct Bindings: Sendable {
            /// General meetings of members, each quarter.
            public var general: CadenceCheck
            /// Committee meetings, each month.
            public var committee: CadenceCheck
            /// The fewest committee members elected for a branch to have a committee.
            public var committeeMembers: Int
            /// Meetings of each Party group, each month.
            public var group: CadenceCheck
            /// Democratic evaluations, each year.
            public var evaluation: CadenceCheck
        }

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Bindings {
            Bindings(
                general: CadenceCheck(
                    every: .quarter, atLeast: try parameters[Parameters.threeMeetingsGeneralPerQuarter]),
                committee: CadenceCheck(
                    every: .month, atLeast: try parameters[Parameters.threeMeetingsCommitteePerMonth]),
                committeeMembers: try parameters[Parameters.threeMeetingsCommitteeMembers],
                group: CadenceCheck(every: .month, atLeast: try parameters[Parameters.threeMeetingsGroupPerMonth]),
                evaluation: CadenceCheck(
                    every: .year, atLeast: try parameters[Parameters.threeMeetingsEvaluationsPerYear]))
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Bindings,
            into findings: inout FindingCollector
        ) {
            let community = context.community
            let organisations = community.branchLevelOrganisations
            guard !organisations.isEmpty else { return }
            guard MeetingCadence.hasRecords(context, into: &findings) else { return }
            for organisation in organisations {
                let lifetime = organisation.lifetime
                var missed: [(Meeting.Kind, String?, CadenceCheck.Outcome)] = []
                func judge(_ kind: Meeting.Kind, _ name: String?, _ cadence: CadenceCheck, _ dates: [CalendarDate]) {
                    let outcome = cadence.check(dates, over: period, lifetime: lifetime)
                    if !outcome.isMet { missed.append((kind, name, outcome)) }
                }
                judge(.general, nil, bindings.general, community.meetingDates(of: .general, by: organisation.id))
                let committee = community.committeeMembers(of: organisation.id, on: period.end)?.count ?? 0
                if organisation.form != .branch || committee >= bindings.committeeMembers {
                    judge(
                        .committee, nil, bindings.committee, community.meetingDates(of: .committee, by: organisation.id)
                    )
                }
                for group in community.partyGroups where group.organisationID == organisation.id {
                    judge(
                        .partyGroup, group.name, bindings.group,
                        community.meetingDates(of: .partyGroup, by: organisation.id, group: group.id))
                }
                judge(
                    .democraticEvaluation, nil, bindings.evaluation,
                    community.meetingDates(of: .democraticEvaluation, by: organisation.id))
                guard !missed.isEmpty else { continue }
                findings.fail(
                    .organisation(organisation.id), measured: .flag(false),
                    required: Requirement(.exactly, .flag(true)),
                    detail: .label(Self.label(missed)), message: Self.notStrict)
            }
        }

        /// The cadences missed with their periods: `党员大会（2025年第二季度）；党小组会 一组（2025年3月）`.
        private static func label(_ missed: [(Meeting.Kind, String?, CadenceCheck.Outcome)]) -> Quantity.Label {
            func part(_ language: Language, _ item: (Meeting.Kind, String?, CadenceCheck.Outcome)) -> String {
                let (kind, name, outcome) = item
                let what = kind.name(language) + (name.map { " \($0)" } ?? "")
                let periods = outcome.missedList.formatted(language)
                return language == .chinese ? "\(what)（\(periods)）" : "\(what) (\(periods))"
            }
            return Quantity.Label(
                code: missed.map(\.0.rawValue).joined(separator: ","),
                chinese: missed.map { part(.chinese, $0) }.joined(separator: "；"),
                english: missed.map { part(.english, $0) }.joined(separator: "; "))
        }
    }
}
