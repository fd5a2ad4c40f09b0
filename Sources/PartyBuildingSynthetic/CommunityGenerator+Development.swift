import PartyBuilding

extension CommunityGenerator {
    /// The applicants' IDs, by position, shared by every community.
    private static let applicantIDs = (1...8).map { ApplicantID("A\($0)") }

    /// The applicants' invented names, by position, shared by every community.
    private static let applicantNames = (1...8).map { "申请人" + padded($0, 2) }

    /// The committee that approves admissions, and the sub-body that may not.
    private static let approvers = (committee: "街道党工委", subBody: "街道党建工作站")

    /// The community's applicants (``CityStream/applicants``), applicant `a` handled by branch
    /// `a % b` of the `b` branches, with the first two members of that branch's Party group as the
    /// contacts of an activist; see ``ApplicantStep`` and ``DevelopmentDefect``.
    func addDevelopment(to community: inout Community, index: Int) {
        let branches = community.partyGroups.map { ($0.organisationID, Array($0.memberIDs.prefix(2))) }
        guard !branches.isEmpty else { return }
        community.applicants = (0..<draw(.applicants, index, 2...8)).map { position in
            let (branch, contacts) = branches[position % branches.count]
            return applicant(position, of: index, branch: branch, contacts: contacts)
        }
    }

    /// Applicant `position` of community `index`, with every step up to the one
    /// ``CityStream/applicantStep`` picks, dated back from the step the rules judge.
    private func applicant(_ position: Int, of index: Int, branch: OrganisationID, contacts: [MemberID])
        -> Applicant
    {
        let element = CityStream.recordIndex(community: index, record: position)
        let step = ApplicantStep.allCases[draw(.applicantStep, element, 0...9)]
        let defect = DevelopmentDefect.of(step, level: level(.developmentDefect, element))
        let drawn = draw(.applicantMonth, element, 1...12)
        let day = draw(.applicantDay, element, 1...28)
        /// Day `day` of one of `months` of `year`, by ``CityStream/applicantMonth``.
        func date(_ year: Int, _ months: ClosedRange<Int>) -> CalendarDate {
            CalendarDate(known: year, months.lowerBound + (drawn - 1) % months.count, day)
        }
        let vote: CalendarDate? =
            switch (step, defect) {
            case (.applied, _), (.talkHeld, _), (.activist, _), (.target, _): nil
            case (.admitted, .leavingSoon): date(year, 10...10)
            case (.admitted, _): date(year, 10...12)
            case (.approved, .approvalAfterFourMonths): date(year, 1...8)
            case (.approved, .approvalAfterSevenMonths): date(year, 1...5)
            case (.approved, _): date(year, 1...9)
            case (.oathTaken, .noDecision): date(year - 1, 1...12)
            case (.oathTaken, _): date(year, 1...10)
            case (.madeFull, .fullWithoutOath): date(year - 1, 11...12)
            case (.madeFull, .fullBeforeAnniversary): date(year, 1...6)
            case (.extended, .shortExtension): date(year - 1, 10...12)
            case (.madeFull, _), (.extended, _), (.disqualified, _): date(year - 1, 1...12)
            }
        let target = vote?.adding(months: -3) ?? (step == .target ? date(year, 1...12) : nil)
        let activist =
            target?.adding(months: defect == .activistYearShort ? -10 : -13)
            ?? (step == .activist ? date(year, 5...12) : nil)
        let applied =
            activist?.adding(months: -4)
            ?? date(year, defect == .noTalk || defect == .talkLate ? 1...10 : step == .applied ? 12...12 : 1...11)
        let birthday = draw(.applicantBirthday, element, 0...335)
        let age = defect == .tooYoung ? 17 : draw(.applicantAge, element, 18...45) + 1
        var record = Applicant(
            id: Self.applicantIDs[position], name: Self.applicantNames[position], organisationID: branch,
            applied: applied, birthDate: CalendarDate(known: applied.year - age, birthday / 28 + 1, birthday % 28 + 1))
        if step != .applied { record.talk = defect == .talkLate ? applied.adding(months: 2) : Self.weekLater(applied) }
        record.activist = activist.map { ActivistDesignation(date: $0, contacts: contacts) }
        record.target = target.map { TargetDesignation(date: $0, filedOn: Self.weekLater($0)) }
        guard let vote else { return record }
        prepare(&record, for: vote, defect: defect, entitled: draw(.voteEntitled, element, 10...40))
        guard step != .admitted else { return record }
        let months =
            switch defect {
            case .approvalAfterFourMonths: 4
            case .approvalAfterSevenMonths: 7
            case .fullWithoutOath: 2
            default: 1
            }
        let approved = vote.adding(months: months)
        record.approval =
            defect == .approvedBySubBody
            ? Approval(date: approved, approver: Self.approvers.subBody, level: .subBody)
            : Approval(date: approved, approver: Self.approvers.committee, level: .primaryCommittee)
        guard step != .approved else { return record }
        if defect != .fullWithoutOath { record.oath = Self.weekLater(approved) }
        let anniversary = vote.adding(years: 1)
        switch step {
        case .madeFull:
            record.probation.fullMembership = defect == .fullBeforeAnniversary ? vote.adding(months: 6) : anniversary
        case .extended:
            // Six months only when they end after the year, so that every probation ended is decided.
            let months = defect == .shortExtension ? 3 : anniversary.month >= 7 ? 6 : 12
            record.probation.extended = ProbationExtension(date: anniversary, months: months)
        case .disqualified: record.probation.disqualified = anniversary
        default: break
        }
        return record
    }

    /// The political review, the training, the pre-review, a departure and the vote of a target
    /// admitted on `vote`.
    private func prepare(_ record: inout Applicant, for vote: CalendarDate, defect: DevelopmentDefect?, entitled: Int) {
        if defect != .noPoliticalReview {
            record.politicalReview = PoliticalReview(date: vote.adding(months: -2), passed: true)
        }
        let trained = vote.adding(months: -1)
        record.training =
            switch defect {
            case .shortTraining: IntensiveTraining(date: trained, days: Days(2))
            default:
                vote.day % 2 == 1
                    ? IntensiveTraining(date: trained, classHours: 24) : IntensiveTraining(date: trained, days: Days(3))
            }
        record.preReview = trained
        if defect == .leavingSoon { record.leavingOn = vote.adding(months: 2) }
        let present = entitled - entitled / 5
        record.vote =
            defect == .voteShort
            ? BranchVote(date: vote, entitled: 10, present: 7, yes: 5)
            : BranchVote(date: vote, entitled: entitled, present: present, yes: present - 1)
    }

    /// A week after `date`, at most the 28th of its month.
    private static func weekLater(_ date: CalendarDate) -> CalendarDate {
        CalendarDate(known: date.year, date.month, min(date.day + 7, 28))
    }
}
