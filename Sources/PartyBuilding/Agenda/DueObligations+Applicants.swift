extension DueObligations {
    /// The steps of the pipeline of admission falling due (`NAT.dev.*`), with the 细则's figures in force
    /// on the day each step is counted from (a later revision applies from its own date):
    ///
    /// - a talk not yet held, due a month after the application (`NAT.dev.talk`);
    /// - an approval not yet decided, due three months after the branch meeting (`NAT.dev.approval`);
    /// - a probation ending, on the anniversary of the branch meeting plus an extension's months, for
    ///   an admitted applicant without a member record (a member's own probation is listed under
    ///   `NAT.probation`) and without a decision (`NAT.dev.full-membership`);
    /// - an oath outstanding after the approval, from the approval's day (`NAT.dev.oath`: the 细则
    ///   names no day for it).
    ///
    /// A step already overdue is listed on the window's first day.
    static func applicants(
        _ community: Community, _ date: CalendarDate, _ end: CalendarDate, _ due: inout [DueObligation]
    ) {
        guard !community.applicants.isEmpty else { return }
        func add(_ day: CalendarDate, _ rule: RuleID, _ applicant: Applicant, _ chinese: String, _ english: String) {
            let listed = max(day, date)
            guard listed <= end else { return }
            let shown = Quantity.date(day)
            due.append(
                DueObligation(
                    date: listed, ruleID: rule, communityID: community.id, subject: .applicant(applicant.id),
                    text: LocalizedText(
                        chinese: "\(applicant.name)\(chinese)（\(shown.formatted(.chinese))）",
                        english: "\(applicant.id.rawValue): \(english) (\(shown.formatted(.english)))")))
        }
        for applicant in community.applicants where applicant.probation.disqualified == nil {
            if applicant.talk == nil, let months = figure(NAT.Parameters.talkMonths, on: applicant.applied) {
                add(
                    applicant.applied.adding(months: months), "NAT.dev.talk", applicant, "的入党申请应派人谈话",
                    "talk with the applicant")
            }
            guard let admitted = applicant.admissionDate else { continue }
            if applicant.approval == nil, let months = figure(NAT.Parameters.approvalMonths, on: admitted) {
                add(
                    admitted.adding(months: months), "NAT.dev.approval", applicant, "的接收应由上级党委审批",
                    "the higher committee approves the admission")
            }
            if applicant.memberID == nil, applicant.probation.fullMembership == nil,
                let years = figure(NAT.Parameters.probationYears, on: admitted),
                let ends = applicant.probationEnd(years: years), ends >= date
            {
                add(
                    ends, "NAT.dev.full-membership", applicant, "预备期满，党支部应及时讨论其能否转为正式党员",
                    "probation ends; the branch discusses full membership")
            }
            if let approval = applicant.approval, approval.approved, applicant.oath == nil,
                applicant.probation.fullMembership == nil
            {
                add(
                    approval.date, "NAT.dev.oath", applicant, "的接收已获审批，应面向党旗进行入党宣誓",
                    "approved; the oath before the Party flag is outstanding")
            }
        }
    }

    /// The value of one of the national figures in force on `day`, or `nil` when none is.
    private static func figure<Unit>(_ key: ParameterKey<Unit>, on day: CalendarDate) -> Unit.Value? {
        national.value(key.id, on: day).flatMap(Unit.value(of:))
    }

    /// The national pack's figures with all their dated values, resolved once.
    private static let national: ParameterValues =
        (try? ParameterValues(packs: [.national], scenario: nil, for: .always))
        ?? ParameterValues.sample(of: [.national])
}
