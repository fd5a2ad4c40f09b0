extension SZ2011 {
    /// `SZ2011.13.leave` (must): a member who cannot attend organisational life asks the organisation
    /// for leave.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/leave``.
    ///
    /// Judged for each complete year: every absence without leave
    /// (``Meeting/Presence/absentWithoutLeave``) in the attendance of a meeting held in the year is a
    /// violation, whose subject is the member and whose detail names the meeting and its date. A
    /// meeting with no attendance recorded says nothing about leave and produces nothing.
    public struct LeaveRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.13.leave", chinese: "不能参加组织生活须请假", english: "Leave asked for every absence",
            strength: .must, clause: Clauses.leave, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// The rule reads no parameter.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            for meeting in context.community.meetings where period.contains(meeting.date) {
                for attendance in meeting.attendance where attendance.presence == .absentWithoutLeave {
                    findings.fail(
                        .member(attendance.memberID), measured: .flag(false),
                        required: Requirement(.exactly, .flag(true)),
                        detail: .label(Self.label(of: meeting)), message: Self.withoutLeave)
                }
            }
        }

        /// The meeting as a label: `2025年3月5日党员大会` / `the general meeting of members of 5 March 2025`.
        static func label(of meeting: Meeting) -> Quantity.Label {
            Quantity.Label(
                code: "\(meeting.id.rawValue)@\(meeting.date.iso8601)",
                chinese: Period.day(meeting.date).formatted(.chinese) + meeting.kind.name(.chinese),
                english: "the \(meeting.kind.name(.english)) of \(Period.day(meeting.date).formatted(.english))")
        }

        /// `未向党组织请假，缺席2025年3月5日党员大会；有特殊情况不能参加的，必须向党组织请假`.
        static let withoutLeave = MessageTemplate(
            chinese: "未向党组织请假，缺席{detail}；有特殊情况不能参加的，必须向党组织请假",
            english:
                "Absent without leave from {detail}; a member who cannot attend must ask the organisation for leave")
    }
}
