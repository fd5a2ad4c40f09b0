import Foundation
import Testing

@testable import PartyBuilding

/// The pipeline of admission (`NAT.dev.*`): each deadline on its last day and the day after, the
/// vote's edge, month arithmetic at the month's end, a later version of a figure from its own date,
/// bad input, what falls due, and every message.
@Suite("Admission pipeline")
struct DevelopmentRuleTests {
    /// A branch of 10 formal members (M-B-0 … M-B-9) with `applicants`.
    static func community(_ applicants: [Applicant]) -> Community {
        var community = Fixture.community()
        community.organisations = [PartyOrganisation(id: Fixture.organisationID, name: "社区党支部", form: .branch)]
        community.members = Fixture.members(10, prefix: "M")
        community.applicants = applicants
        return community
    }

    /// An applicant who went through every step on time: applied 2024-01-10, talk 2024-01-20,
    /// activist 2024-03-01, target 2025-03-01, reviewed and trained, admitted by 6 of 10 on
    /// 2025-05-10, approved 2025-07-01, oath 2025-07-15.
    static func onTime(_ id: ApplicantID = "A-1") -> Applicant {
        var applicant = Applicant(
            id: id, name: "申请人甲", organisationID: Fixture.organisationID, applied: "2024-01-10", birthDate: "1995-05-01"
        )
        applicant.talk = "2024-01-20"
        applicant.activist = ActivistDesignation(date: "2024-03-01", contacts: ["M-ORG-1-0", "M-ORG-1-1"])
        applicant.target = TargetDesignation(date: "2025-03-01", filedOn: "2025-03-05")
        applicant.politicalReview = PoliticalReview(date: "2025-04-01", passed: true)
        applicant.training = IntensiveTraining(date: "2025-04-20", days: Days(tenths: 30))
        applicant.preReview = "2025-04-25"
        applicant.vote = BranchVote(date: "2025-05-10", entitled: 10, present: 8, yes: 6)
        applicant.approval = Approval(date: "2025-07-01", approver: "街道党工委", level: .primaryCommittee)
        applicant.oath = "2025-07-15"
        return applicant
    }

    /// The findings of `rule` about `applicants` audited on `date` over `range` (2024–2025 by default).
    static func findings(
        _ rule: RuleID, _ applicants: [Applicant], on date: CalendarDate = Fixture.auditDate,
        from start: CalendarDate = "2024-01-01", scenario: Scenario? = nil
    ) throws -> [Finding] {
        let report = try Auditor(packs: [.national], scenario: scenario).auditSequentially(
            [community(applicants)], on: date, judging: try Period(from: start, through: date))
        return report.findings.filter { $0.ruleID == rule }
    }

    /// ``onTime(_:)`` before any step after the application.
    static func applicationOnly() -> Applicant {
        let applicant = onTime()
        return Applicant(
            id: applicant.id, name: applicant.name, organisationID: applicant.organisationID,
            applied: applicant.applied, birthDate: applicant.birthDate)
    }

    /// ``onTime(_:)`` changed by `change`.
    static func with(_ change: (inout Applicant) -> Void) -> Applicant {
        var applicant = onTime()
        change(&applicant)
        return applicant
    }

    @Test("the applicant on time passes every rule of the pipeline")
    func onTimePasses() throws {
        let report = try Auditor(packs: [.national]).auditSequentially(
            [Self.community([Self.onTime()])], on: Fixture.auditDate,
            judging: try Period(from: "2024-01-01", through: "2025-12-31"))
        let pipeline = report.findings.filter { $0.ruleID.rawValue.hasPrefix("NAT.dev.") }
        #expect(pipeline.isEmpty, "\(pipeline.map { $0.message(.english) })")
    }

    @Test("the stage on a day follows the steps taken by then, each stage with its chapter of the 细则")
    func stages() {
        let applicant = Self.with { $0.probation.fullMembership = "2026-05-10" }
        let stages: [(CalendarDate, DevelopmentStage?)] = [
            ("2024-01-09", nil), ("2024-01-10", .applicant), ("2024-03-01", .activist), ("2025-03-01", .target),
            ("2025-05-10", .probationary), ("2026-05-09", .probationary), ("2026-05-10", .fullMember),
        ]
        for (day, stage) in stages { #expect(applicant.stage(on: day) == stage, "\(day)") }
        let failed = Self.with { $0.vote = BranchVote(date: "2025-05-10", entitled: 10, present: 7, yes: 5) }
        #expect(failed.stage(on: "2025-12-31") == .target)
        #expect(DevelopmentStage.allCases.allSatisfy { $0.article.hasPrefix("细则 第") && !$0.label.chinese.isEmpty })
    }

    @Test("the talk: within one month, the last day included; 31 January plus a month is the month's end")
    func talk() throws {
        let lastDay = Self.with { $0.talk = "2024-02-10" }
        #expect(try Self.findings("NAT.dev.talk", [lastDay]).isEmpty)
        let dayAfter = Self.with { $0.talk = "2024-02-11" }
        let found = try Self.findings("NAT.dev.talk", [dayAfter])
        #expect(found.map(\.severity) == [.violation])
        #expect(found.first?.subject == .applicant("A-1"))
        #expect(found.first?.detail == .date("2024-02-10"))
        // Judged over the audited range, with the figure in force on the application's day.
        #expect(found.first?.period == (try Period(from: "2024-01-01", through: "2025-12-31")))
        // Applied on 31 January 2024 (a leap year): the deadline is 29 February.
        let leap = Self.with {
            $0.applied = "2024-01-31"
            $0.talk = "2024-02-29"
        }
        #expect(try Self.findings("NAT.dev.talk", [leap]).isEmpty)
        let leapLate = Self.with {
            $0.applied = "2024-01-31"
            $0.talk = "2024-03-01"
        }
        #expect(try Self.findings("NAT.dev.talk", [leapLate]).first?.detail == .date("2024-02-29"))
        var common = Self.applicationOnly()
        common.applied = "2025-01-31"
        // Not held: overdue only once the deadline, 28 February 2025, has passed.
        #expect(try Self.findings("NAT.dev.talk", [common], on: "2025-02-28").isEmpty)
        #expect(try Self.findings("NAT.dev.talk", [common], on: "2025-03-31").first?.detail == .date("2025-02-28"))
    }

    @Test("a year as an activist: the anniversary counts (一年以上), the day before does not")
    func activistYear() throws {
        #expect(try Self.findings("NAT.dev.activist-year", [Self.onTime()]).isEmpty)
        let early = Self.with { $0.target?.date = "2025-02-28" }
        let found = try Self.findings("NAT.dev.activist-year", [early])
        #expect(found.first?.required == Requirement(.notEarlierThan, .date("2025-03-01")))
        let never = Self.with { $0.activist = nil }
        #expect(try Self.findings("NAT.dev.activist-year", [never]).map(\.severity) == [.violation])
        let unfiled = Self.with { $0.target?.filedOn = nil }
        #expect(try Self.findings("NAT.dev.activist-year", [unfiled]).map(\.severity) == [.information])
    }

    @Test("training: 3 days or 24 class hours, either enough; 2.9 days or 23 hours not")
    func training() throws {
        #expect(try Self.findings("NAT.dev.training", [Self.with { $0.training?.days = Days(tenths: 29) }]).count == 1)
        let hours = Self.with { $0.training = IntensiveTraining(date: "2025-04-20", classHours: 24) }
        #expect(try Self.findings("NAT.dev.training", [hours]).isEmpty)
        let fewHours = Self.with { $0.training = IntensiveTraining(date: "2025-04-20", classHours: 23) }
        let found = try Self.findings("NAT.dev.training", [fewHours])
        #expect(found.first?.measured == .count(23, .classHours))
        #expect(found.first?.message(.chinese) == "发展对象 A-1 的集中培训为 23 学时，培训时间一般应不少于 24 学时")
        #expect(try Self.findings("NAT.dev.training", [Self.with { $0.training = nil }]).count == 1)
    }

    @Test("the vote: more than half of those entitled, not of those present (10 entitled → 6)")
    func vote() throws {
        #expect(BranchVote(date: "2025-05-10", entitled: 10, present: 7, yes: 6).passes)
        #expect(!BranchVote(date: "2025-05-10", entitled: 10, present: 7, yes: 5).passes)
        #expect(BranchVote(date: "2025-05-10", entitled: 10, present: 7, yes: 5).needed == 6)
        #expect(BranchVote(date: "2025-05-10", entitled: 9, present: 9, yes: 5).passes)
        #expect(!BranchVote(date: "2025-05-10", entitled: 9, present: 9, yes: 4).passes)
        // 5 of 7 present is a majority of those present, not of the 10 entitled: no admission.
        let short = Self.with {
            $0.vote = BranchVote(date: "2025-05-10", entitled: 10, present: 7, yes: 5)
            $0.approval = nil
            $0.oath = nil
        }
        #expect(try Self.findings("NAT.dev.vote", [short]).map(\.severity) == [.information])
        #expect(try Self.findings("NAT.dev.approval", [short]).isEmpty)
        let continued = Self.with { $0.vote = BranchVote(date: "2025-05-10", entitled: 10, present: 7, yes: 5) }
        let found = try Self.findings("NAT.dev.vote", [continued])
        #expect(found.map(\.severity) == [.violation])
        #expect(found.first?.required == Requirement(.orMore, .count(6, .members)))
    }

    @Test("approval: by three months (inclusive) passes, up to six a warning, beyond six a violation")
    func approval() throws {
        func approved(_ date: CalendarDate) -> Applicant {
            Self.with {
                $0.approval?.date = date
                $0.oath = date
            }
        }
        #expect(try Self.findings("NAT.dev.approval", [approved("2025-08-10")]).isEmpty)
        #expect(try Self.findings("NAT.dev.approval", [approved("2025-08-11")]).map(\.severity) == [.warning])
        #expect(try Self.findings("NAT.dev.approval", [approved("2025-11-10")]).map(\.severity) == [.warning])
        #expect(try Self.findings("NAT.dev.approval", [approved("2025-11-11")]).map(\.severity) == [.violation])
        let pending = Self.with {
            $0.approval = nil
            $0.oath = nil
        }
        #expect(try Self.findings("NAT.dev.approval", [pending], on: "2025-08-10").isEmpty)
        #expect(try Self.findings("NAT.dev.approval", [pending], on: "2025-08-31").map(\.severity) == [.warning])
        #expect(try Self.findings("NAT.dev.approval", [pending], on: "2025-11-30").map(\.severity) == [.violation])
    }

    @Test("the approver: a sub-body of a street's committee may review, not approve")
    func approver() throws {
        let subBody = Self.with { $0.approval?.level = .subBody }
        let found = try Self.findings("NAT.dev.approver", [subBody])
        #expect(found.map(\.severity) == [.violation])
        #expect(Approval.Level.primaryCommittee.mayApprove && !Approval.Level.subBody.mayApprove)
    }

    @Test("political review and leaving: no admission unreviewed; leaving within three months is flagged")
    func reviewAndLeaving() throws {
        #expect(
            try Self.findings("NAT.dev.political-review", [Self.with { $0.politicalReview?.passed = false }]).count == 1
        )
        #expect(try Self.findings("NAT.dev.political-review", [Self.with { $0.politicalReview = nil }]).count == 1)
        #expect(try Self.findings("NAT.dev.leaving", [Self.with { $0.leavingOn = "2025-08-10" }]).count == 1)
        #expect(try Self.findings("NAT.dev.leaving", [Self.with { $0.leavingOn = "2025-08-11" }]).isEmpty)
    }

    @Test("probation from the branch meeting: full membership on the anniversary, not before; overdue after")
    func probation() throws {
        func full(_ date: CalendarDate?) -> Applicant { Self.with { $0.probation.fullMembership = date } }
        #expect(try Self.findings("NAT.dev.probation-start", [full("2026-05-10")], on: "2026-06-30").isEmpty)
        // Counted from the approval (2025-07-01) instead would still be late; counted short is flagged.
        let early = try Self.findings("NAT.dev.probation-start", [full("2026-05-09")], on: "2026-06-30")
        #expect(early.first?.required == Requirement(.notEarlierThan, .date("2026-05-10")))
        #expect(try Self.findings("NAT.dev.full-membership", [full(nil)], on: "2026-05-10").isEmpty)
        // Overdue from 2026-05-11: judged with May, the month it falls due in, once May is complete.
        #expect(try Self.findings("NAT.dev.full-membership", [full(nil)], on: "2026-05-31").count == 1)
        #expect(
            try Self.findings("NAT.dev.full-membership", [full(nil)], on: "2026-12-31", from: "2026-01-01").count == 1)
        let extended = Self.with { $0.probation.extended = ProbationExtension(date: "2026-05-10", months: 6) }
        #expect(try Self.findings("NAT.dev.full-membership", [extended], on: "2026-11-10").isEmpty)
        #expect(try Self.findings("NAT.dev.full-membership", [extended], on: "2026-11-30").count == 1)
    }

    @Test("extension: 6 to 12 months, both included; 5 and 13 are violations")
    func extensionLength() throws {
        func extended(_ months: Int) -> Applicant {
            Self.with { $0.probation.extended = ProbationExtension(date: "2026-05-10", months: months) }
        }
        for (months, fails) in [(5, true), (6, false), (12, false), (13, true)] {
            let found = try Self.findings("NAT.dev.extension", [extended(months)], on: "2026-12-31", from: "2026-01-01")
            #expect(found.isEmpty != fails, "\(months) months")
        }
    }

    @Test("the oath: made full without it, or probation over without it, is a violation")
    func oath() throws {
        let noOath = Self.with { $0.oath = nil }
        #expect(try Self.findings("NAT.dev.oath", [noOath], on: "2026-05-10").isEmpty)
        #expect(try Self.findings("NAT.dev.oath", [noOath], on: "2026-05-31").count == 1)
        let madeFull = Self.with {
            $0.oath = nil
            $0.probation.fullMembership = "2026-05-10"
        }
        #expect(try Self.findings("NAT.dev.oath", [madeFull], on: "2026-05-31").count == 1)
        // Judged with the year it falls due in, 2026, not with the year of the vote.
        #expect(try Self.findings("NAT.dev.oath", [madeFull], on: "2026-12-31", from: "2026-01-01").count == 1)
    }

    @Test("age: eighteen on the day of the application counts, the day before does not")
    func age() throws {
        #expect(try Self.findings("NAT.dev.min-age", [Self.with { $0.birthDate = "2006-01-10" }]).isEmpty)
        #expect(try Self.findings("NAT.dev.min-age", [Self.with { $0.birthDate = "2006-01-11" }]).count == 1)
        #expect(
            try Self.findings("NAT.dev.min-age", [Self.with { $0.birthDate = nil }]).map(\.severity) == [.information])
    }

    @Test("a later version of one figure, in data, from its own date: cases before it keep the old value")
    func versioning() throws {
        // A scenario file of the kind `what-if --scenario` reads: from 2025-06-01 the talk is due within
        // two months.
        let json = """
            {"name": "细则修订（假设）", "overrides": [
              {"parameterID": "NAT.dev.talk.months", "value": {"count": 2}, "validFrom": "2025-06-01"}]}
            """
        let revision = try JSONDecoder().decode(Scenario.self, from: Data(json.utf8))
        func applicant(_ id: ApplicantID, applied: CalendarDate, talk: CalendarDate) -> Applicant {
            var applicant = Applicant(id: id, name: "申请人", organisationID: Fixture.organisationID, applied: applied)
            applicant.talk = talk
            return applicant
        }
        // Both talked six weeks after applying: too late under the old month, in time under two.
        let before = applicant("A-old", applied: "2025-05-10", talk: "2025-06-21")
        let after = applicant("A-new", applied: "2025-06-10", talk: "2025-07-22")
        let found = try Self.findings("NAT.dev.talk", [before, after], from: "2025-01-01", scenario: revision)
        #expect(found.map(\.subject) == [.applicant("A-old")])
        #expect(found.first?.parameters.first?.value == .count(1))
        let without = try Self.findings("NAT.dev.talk", [before, after], from: "2025-01-01")
        #expect(without.map(\.subject) == [.applicant("A-old"), .applicant("A-new")])
    }

    @Test("the pipeline feeds the member record: admitted on the vote's date, made full on the decision's")
    func membershipEvents() throws {
        var applicant = Self.with { $0.probation.fullMembership = "2026-05-20" }
        applicant.memberID = "M-NEW"
        #expect(
            applicant.membershipEvents == [
                MembershipEvent(.admitted, on: "2025-05-10"), MembershipEvent(.madeFull, on: "2026-05-20"),
            ])
        var community = Self.community([applicant])
        var member = Member(id: "M-NEW", name: "新党员", organisationID: Fixture.organisationID)
        member.events = applicant.membershipEvents
        community.members.append(member)
        #expect(throws: Never.self) { try community.validate(on: "2026-12-31") }
        #expect(community.members.last?.status(on: "2025-05-10") == .probationary)
        community.members[community.members.count - 1].events = [MembershipEvent(.admitted, on: "2025-07-01")]
        #expect(throws: ValidationError.self) { try community.validate(on: "2026-12-31") }
    }

    @Test("bad input: steps out of order, a vote with more yes than present or more present than entitled")
    func badInput() {
        func error(_ applicant: Applicant) -> ValidationError? {
            do {
                try Self.community([applicant]).validate(on: Fixture.auditDate)
                return nil
            } catch { return error }
        }
        let approvalFirst = Self.with { $0.approval?.date = "2025-05-01" }
        #expect(error(approvalFirst)?.field == "approval.date")
        #expect(error(approvalFirst)?.record == .applicant("A-1"))
        #expect(error(approvalFirst)?.problem == .outOfOrder("vote.date 2025-05-10"))
        #expect(error(Self.with { $0.vote?.yes = 9 })?.problem == .exceeds("vote.present"))
        #expect(error(Self.with { $0.vote?.present = 11 })?.problem == .exceeds("vote.entitled"))
        #expect(error(Self.with { $0.talk = "2024-01-01" })?.field == "talk")
        #expect(error(Self.with { $0.target?.date = "2024-02-01" })?.field == "target.date")
        #expect(error(Self.with { $0.vote = nil })?.problem == .requiredFor("a vote"))
        #expect(error(Self.with { $0.activist?.contacts = ["M-X"] })?.problem == .unknownReference("M-X"))
        #expect(error(Self.with { $0.training = IntensiveTraining(date: "2025-04-20") })?.field == "training.days")
        #expect(error(Self.onTime()) == nil)
    }

    @Test("what falls due: a talk, an approval, a probation ending and an oath, sorted with the rest")
    func due() {
        var applied = Applicant(id: "A-2", name: "申请人乙", organisationID: Fixture.organisationID, applied: "2025-12-10")
        applied.birthDate = "1990-01-01"
        let pending = Self.with {
            $0.approval = nil
            $0.oath = nil
        }
        let unsworn = Self.with { $0.oath = nil }
        let due = DueObligations.due(in: [Self.community([applied])], from: "2025-12-20", days: 30)
        #expect(due.contains { $0.ruleID == "NAT.dev.talk" && $0.date == "2026-01-10" })
        let approvals = DueObligations.due(in: [Self.community([pending])], from: "2025-07-01", days: 60)
        #expect(approvals.contains { $0.ruleID == "NAT.dev.approval" && $0.date == "2025-08-10" })
        let probation = DueObligations.due(in: [Self.community([unsworn])], from: "2026-05-01", days: 30)
        #expect(probation.map(\.ruleID).contains("NAT.dev.full-membership"))
        #expect(probation.contains { $0.ruleID == "NAT.dev.oath" && $0.date == "2026-05-01" })
        #expect(probation.map(\.date) == probation.map(\.date).sorted())
        let events = probation.map {
            ICalendar.Event(
                uid: "\($0.ruleID)-\($0.subject.idText)", date: $0.date, summary: $0.text.chinese,
                description: $0.text.english)
        }
        let calendar = ICalendar(events: events).text(stamp: "2026-05-01").replacingOccurrences(of: "\r\n ", with: "")
        #expect(calendar.contains("入党宣誓"))
    }

    @Test("every message of the pipeline is reached and reads as plain text")
    func messages() throws {
        let cases: [(Applicant, CalendarDate)] = [
            (Self.with { $0.birthDate = "2008-01-01" }, "2025-12-31"),
            (Self.with { $0.birthDate = nil }, "2025-12-31"),
            (Self.with { $0.talk = "2024-03-01" }, "2025-12-31"),
            (Self.applicationOnly(), "2025-12-31"),
            (Self.with { $0.target?.date = "2025-02-01" }, "2025-12-31"),
            (Self.with { $0.activist = nil }, "2025-12-31"),
            (Self.with { $0.target?.filedOn = nil }, "2025-12-31"),
            (Self.with { $0.politicalReview = nil }, "2025-12-31"),
            (Self.with { $0.politicalReview?.passed = false }, "2025-12-31"),
            (Self.with { $0.training = nil }, "2025-12-31"),
            (Self.with { $0.training?.days = Days(tenths: 25) }, "2025-12-31"),
            (Self.with { $0.leavingOn = "2025-06-01" }, "2025-12-31"),
            (Self.with { $0.vote = BranchVote(date: "2025-05-10", entitled: 10, present: 7, yes: 5) }, "2025-12-31"),
            (
                Self.with {
                    $0.vote = BranchVote(date: "2025-05-10", entitled: 10, present: 7, yes: 5)
                    $0.approval = nil
                    $0.oath = nil
                }, "2025-12-31"
            ),
            (
                Self.with {
                    $0.approval?.date = "2025-09-01"
                    $0.oath = "2025-09-10"
                }, "2025-12-31"
            ),
            (
                Self.with {
                    $0.approval?.date = "2025-12-01"
                    $0.oath = "2025-12-10"
                }, "2025-12-31"
            ),
            (
                Self.with {
                    $0.approval = nil
                    $0.oath = nil
                }, "2025-09-30"
            ),
            (
                Self.with {
                    $0.approval = nil
                    $0.oath = nil
                }, "2025-12-31"
            ),
            (Self.with { $0.approval?.level = .subBody }, "2025-12-31"),
            (Self.with { $0.probation.fullMembership = "2026-03-01" }, "2026-12-31"),
            (Self.onTime(), "2026-06-30"),
            (Self.with { $0.probation.extended = ProbationExtension(date: "2026-05-10", months: 3) }, "2026-12-31"),
            (
                Self.with {
                    $0.oath = nil
                    $0.probation.fullMembership = "2026-05-10"
                }, "2026-12-31"
            ),
            (Self.with { $0.oath = nil }, "2026-06-30"),
        ]
        var found: [Finding] = []
        for (applicant, date) in cases {
            found += try Auditor(packs: [.national]).auditSequentially(
                [Self.community([applicant])], on: date,
                judging: try Period(from: "2024-01-01", through: date)
            ).findings.filter { $0.ruleID.rawValue.hasPrefix("NAT.dev.") }
        }
        let templates: [MessageTemplate] = [
            NAT.DevelopmentMinimumAgeRule.tooYoung, NAT.DevelopmentMinimumAgeRule.notRecorded,
            NAT.DevelopmentTalkRule.late, NAT.DevelopmentTalkRule.missing, NAT.ActivistYearRule.tooSoon,
            NAT.ActivistYearRule.neverActivist, NAT.ActivistYearRule.filingUnrecorded,
            NAT.PoliticalReviewRule.notReviewed, NAT.PoliticalReviewRule.failed,
            NAT.DevelopmentTrainingRule.untrained, NAT.DevelopmentTrainingRule.tooShort, NAT.LeavingRule.leaving,
            NAT.DevelopmentVoteRule.continuedWithoutMajority, NAT.DevelopmentVoteRule.notPassed,
            NAT.DevelopmentApprovalRule.late, NAT.DevelopmentApprovalRule.beyondLimit,
            NAT.DevelopmentApprovalRule.pending, NAT.DevelopmentApprovalRule.pendingBeyondLimit,
            NAT.ApproverRule.notEntitled, NAT.ProbationStartRule.tooEarly, NAT.FullMembershipRule.overdue,
            NAT.ExtensionRule.length, NAT.OathRule.madeFullWithoutOath, NAT.OathRule.notTaken,
        ]
        for template in templates {
            #expect(found.contains { $0.template === template }, "no case reaches \(template.chinese)")
        }
        for finding in found {
            expectMessages(finding)
            let chinese = finding.message(.chinese)
            for symbol in ["×", "/", "≥", "≤", ">", "<", "=", "{", "}"] {
                #expect(!chinese.contains(symbol), "\(finding.ruleID): \"\(symbol)\" in \(chinese)")
            }
            #expect(finding.message(.english).first?.isUppercase == true, "\(finding.message(.english))")
            #expect(finding.citation.document == "NAT")
            #expect(
                chinese.range(of: #"[\p{Han}] [\p{Han}]"#, options: .regularExpression) == nil,
                "a space between Chinese characters in \(chinese)")
        }
    }
}
