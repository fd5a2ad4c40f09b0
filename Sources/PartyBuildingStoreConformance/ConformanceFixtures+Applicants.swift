import PartyBuilding

extension ConformanceFixtures {
    /// The applicants of ``rich(id:)``: the admission pipeline at every stage, from an application
    /// alone to full membership and disqualification, with every step, every approval level, approved
    /// and refused, a vote that passes and one that does not, training in days and in class hours, and
    /// every optional field set in one applicant and unset in another.
    ///
    /// Each applicant's steps are in order (applied, talk, activist, target, review, training and
    /// pre-review, vote, approval, oath; the probation decisions after the vote). The contacts are the
    /// community's members `M-0`, `M-1` and `M-3`; the two applicants linked to a member record are
    /// `M-2` (admitted on 2002-07-01, probation extended by six months on 2003-07-01) and `M-9`
    /// (admitted on 2009-07-01), whose events are exactly the ``PartyBuilding/Applicant/membershipEvents``
    /// their pipelines imply.
    static func applicantsAtEveryStage() -> [Applicant] {
        var applicants: [Applicant] = []

        // Applied only.
        applicants.append(
            Applicant(
                id: "A-1", name: "刘小红", organisationID: "ORG-G", applied: CalendarDate("2024-11-01"),
                birthDate: CalendarDate("2000-02-29")))

        // Applied and talked to.
        var talked = Applicant(id: "A-2", name: "Zoë 陈 🌱", organisationID: "ORG-C", applied: "2024-03-01")
        talked.talk = CalendarDate("2024-03-20")
        applicants.append(talked)

        // An activist with two contacts.
        var activist = Applicant(
            id: "A-3", name: "O'Neil \"小王\"", organisationID: "ORG-E", applied: "2023-01-10",
            birthDate: CalendarDate("1996-07-15"))
        activist.talk = CalendarDate("2023-02-01")
        activist.activist = ActivistDesignation(date: "2023-04-01", contacts: ["M-0", "M-1"])
        applicants.append(activist)

        // A development target not yet filed with the higher committee.
        var target = Applicant(id: "A-4", name: "李\u{200D}梅", organisationID: "ORG-G", applied: "2021-03-01")
        target.talk = CalendarDate("2021-03-15")
        target.activist = ActivistDesignation(date: "2021-05-01", contacts: ["M-1"])
        target.target = TargetDesignation(date: "2022-06-01")
        applicants.append(target)

        // A filed target, reviewed, trained in days and pre-reviewed, about to leave the unit.
        var reviewed = Applicant(
            id: "A-5", name: "محمد 王", organisationID: "ORG-C", applied: "2019-09-01",
            birthDate: CalendarDate("1990-02-28"))
        reviewed.talk = CalendarDate("2019-09-20")
        reviewed.activist = ActivistDesignation(date: "2019-11-01", contacts: ["M-3"])
        reviewed.target = TargetDesignation(date: "2021-06-01", filedOn: "2021-06-10")
        reviewed.politicalReview = PoliticalReview(date: "2021-07-01", passed: true)
        reviewed.training = IntensiveTraining(date: "2021-07-20", days: Days(tenths: 30))
        reviewed.preReview = CalendarDate("2021-08-01")
        reviewed.leavingOn = CalendarDate("2024-12-31")
        applicants.append(reviewed)

        // A target who failed the political review.
        var failed = Applicant(id: "A-6", name: "赵\n强", organisationID: "ORG-G", applied: "2020-02-29")
        failed.activist = ActivistDesignation(date: "2020-05-01", contacts: ["M-0"])
        failed.target = TargetDesignation(date: "2021-05-10", filedOn: "2021-05-20")
        failed.politicalReview = PoliticalReview(date: "2021-06-30", passed: false)
        applicants.append(failed)

        applicants.append(admittedAndExtended())
        applicants.append(admittedBeforeTheOath())
        applicants += admissionsDecided()
        return applicants
    }

    /// `A-7`, the member `M-2`: voted in on 2002-07-01 (5 of 9 entitled, just more than half), approved
    /// by a higher committee, sworn in, probation extended by six months on 2003-07-01.
    private static func admittedAndExtended() -> Applicant {
        var applicant = Applicant(
            id: "A-7", name: "Zoe\u{308} 张", organisationID: "ORG-G", applied: "2000-03-01",
            birthDate: CalendarDate("1978-05-04"), memberID: "M-2")
        applicant.talk = CalendarDate("2000-03-15")
        applicant.activist = ActivistDesignation(date: "2000-06-01", contacts: ["M-0", "M-3"])
        applicant.target = TargetDesignation(date: "2001-06-01", filedOn: "2001-06-05")
        applicant.politicalReview = PoliticalReview(date: "2001-08-01", passed: true)
        applicant.training = IntensiveTraining(date: "2001-09-01", days: Days(tenths: 55))
        applicant.preReview = CalendarDate("2001-10-01")
        applicant.vote = BranchVote(date: "2002-07-01", entitled: 9, present: 9, yes: 5)
        applicant.approval = Approval(date: "2002-08-15", approver: "平江区委组织部", level: .higherCommittee)
        applicant.oath = CalendarDate("2002-09-01")
        applicant.probation.extended = ProbationExtension(date: "2003-07-01", months: 6)
        return applicant
    }

    /// `A-8`, the member `M-9`: trained in class hours, voted in on 2009-07-01, approved by the
    /// street's committee and sworn in; probation not yet decided.
    private static func admittedBeforeTheOath() -> Applicant {
        var applicant = Applicant(
            id: "A-8", name: "김민준", organisationID: "ORG-C", applied: "2007-01-15", memberID: "M-9")
        applicant.talk = CalendarDate("2007-02-01")
        applicant.activist = ActivistDesignation(date: "2007-03-01", contacts: ["M-1"])
        applicant.target = TargetDesignation(date: "2008-04-01", filedOn: "2008-04-15")
        applicant.politicalReview = PoliticalReview(date: "2008-05-10", passed: true)
        applicant.training = IntensiveTraining(date: "2008-06-01", classHours: 24)
        applicant.preReview = CalendarDate("2008-06-20")
        applicant.vote = BranchVote(date: "2009-07-01", entitled: 10, present: 8, yes: 7)
        applicant.approval = Approval(date: "2009-08-01", approver: "观前街道党工委", level: .primaryCommittee)
        applicant.oath = CalendarDate("2009-08-15")
        return applicant
    }

    /// `A-9` made a full member, `A-10` disqualified during probation, `A-11` refused by a sub-body that
    /// may not approve, `A-12` not admitted by the vote (6 of 12 entitled is not more than half).
    private static func admissionsDecided() -> [Applicant] {
        func target(_ id: ApplicantID, _ name: String, applied year: Int) -> Applicant {
            var applicant = Applicant(
                id: id, name: name, organisationID: "ORG-G", applied: CalendarDate(known: year, 3, 1))
            applicant.talk = CalendarDate(known: year, 3, 10)
            applicant.activist = ActivistDesignation(date: CalendarDate(known: year, 4, 1), contacts: ["M-1"])
            applicant.target = TargetDesignation(date: CalendarDate(known: year + 1, 4, 1))
            applicant.politicalReview = PoliticalReview(date: CalendarDate(known: year + 1, 5, 1), passed: true)
            applicant.training = IntensiveTraining(date: CalendarDate(known: year + 1, 5, 20), days: Days(tenths: 40))
            return applicant
        }
        var full = target("A-9", "陈静 🌸", applied: 2020)
        full.preReview = CalendarDate("2021-06-01")
        full.vote = BranchVote(date: "2022-06-30", entitled: 11, present: 10, yes: 10)
        full.approval = Approval(date: "2022-08-01", approver: "观前街道党工委", level: .primaryCommittee)
        full.oath = CalendarDate("2022-08-10")
        full.probation.fullMembership = CalendarDate("2023-07-01")

        var disqualified = target("A-10", "Ñuñez 刘", applied: 2021)
        disqualified.vote = BranchVote(date: "2023-05-01", entitled: 8, present: 8, yes: 8)
        disqualified.approval = Approval(date: "2023-06-01", approver: "平江区委组织部", level: .higherCommittee)
        disqualified.oath = CalendarDate("2023-06-15")
        disqualified.probation.disqualified = CalendarDate("2024-02-29")

        var refused = target("A-11", "孙悦", applied: 2022)
        refused.vote = BranchVote(date: "2024-01-10", entitled: 6, present: 5, yes: 4)
        refused.approval = Approval(
            date: "2024-02-01", approver: "观前街道党建工作站", level: .subBody, approved: false)

        var outvoted = target("A-12", "秦\u{20DD}", applied: 2022)
        outvoted.vote = BranchVote(date: "2024-06-01", entitled: 12, present: 7, yes: 6)
        return [full, disqualified, refused, outvoted]
    }
}
