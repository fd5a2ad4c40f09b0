extension NAT {
    /// `NAT.min-age` (shall): a member is at least eighteen (年满十八岁) when admitted.
    ///
    /// The clause, quoted once: ``NAT/Clauses/minimumAge``.
    ///
    /// Judged on the audit date for each member with an admission event on or before the day: their
    /// age in full years on the admission date (``CalendarDate/fullYears(until:)``: the eighteenth
    /// birthday itself counts, 年满 inclusive) is at least ``NAT/Parameters/minimumAge``. A member whose
    /// birth date or admission date is not recorded cannot be checked: an information finding. Members
    /// admitted before the records begin (no admission event) are not judged.
    public struct MinimumAgeRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.min-age", chinese: "入党年龄", english: "Age on admission", strength: .shall, clause: Clauses.minimumAge,
            cadence: .onDate, from: constitution)

        /// Creates the rule.
        public init() {}

        /// Reads the least age on admission.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Int {
            try parameters[Parameters.minimumAge]
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with minimum: Int, into findings: inout FindingCollector
        ) {
            for member in context.community.members {
                guard
                    let admission = member.events.last(where: { event in
                        event.kind == .admitted && (event.date.map { $0 <= context.date } ?? true)
                    })
                else { continue }
                guard let admitted = admission.date, let born = member.birthDate else {
                    findings.inform(.member(member.id), measured: nil, message: Self.notRecorded)
                    continue
                }
                findings.check(
                    .member(member.id), .age(born.fullYears(until: admitted)), .orMore, .age(minimum),
                    detail: .date(admitted), message: Self.tooYoung)
            }
        }

        /// `党员 M-1 于2025年3月1日被接收入党时为 17 岁，入党须年满十八岁（18 岁以上）`.
        static let tooYoung = MessageTemplate(
            chinese: "党员 {subject} 于{detail}被接收入党时为 {measured}，入党须年满十八岁（{required}）",
            english: "Member {subject} was {measured} when admitted on {detail}; a member must be {required}")
        /// `党员 M-1 未记录出生日期或入党日期，无法核对入党年龄`.
        static let notRecorded = MessageTemplate(
            chinese: "党员 {subject} 未记录出生日期或入党日期，无法核对入党年龄",
            english:
                "The birth date or the admission day of member {subject} is not recorded; their age on admission cannot be checked"
        )
    }
}
