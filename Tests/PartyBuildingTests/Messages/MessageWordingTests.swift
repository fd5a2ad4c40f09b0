import Foundation
import Testing

@testable import PartyBuilding

/// What every message must be, whatever its wording: the bound in the clause's own word, no symbols
/// where a Chinese reader expects words, no Chinese in English, counts that agree, and Chinese spacing
/// that is the same everywhere.
@Suite("Messages: bound words, symbols and spacing")
struct MessageWordingTests {
    /// A requirement as a rule's message shows it, and the word of the clause it must use.
    struct Expected: CustomTestStringConvertible, Sendable {
        var rule: RuleID
        var template: String
        var chinese: String
        var english: String
        /// The bound word as the clause has it, or `nil` where the clause states the figure without one
        /// (若干, 按0.5%配置, 逐年提高, 一社区一名…).
        var clauseSays: String?

        var testDescription: String { "\(rule) \(template): \(chinese)" }
    }

    /// The requirement of each message that has one, from the samples of ``MessageSamples``.
    static let expected: [Expected] = [
        // 对正式党员人数超过50人或100人的，可以成立社区党总支或党委
        .init(
            rule: "SZ2011.3.general-branch", template: "GeneralBranchRule.formAbovePermission", chinese: "超过 50 名",
            english: "more than 50 members", clauseSays: "超过"),
        // 以合适的规模合理设置社区党支部: no figure of its own
        .init(
            rule: "SZ2011.3.branch-sizing", template: "BranchSizingRule.noBranches", chinese: "1 个以上",
            english: "1 organisation or more"),
        // 党组织组建工作, with 党章's 有正式党员三人以上的
        .init(
            rule: "SZ2011.3.two-new-coverage", template: "TwoNewCoverageRule.noOwnOrganisation", chinese: "3 名以上",
            english: "3 members or more"),
        // 下设若干居民委员会
        .init(
            rule: "SZ2011.3.resettlement", template: "ResettlementRule.tooFewCommittees", chinese: "2 个以上",
            english: "2 residents' committees or more"),
        .init(
            rule: "SZ2011.6.graduate", template: "GraduateRule.tooFew", chinese: "1 名以上", english: "1 worker or more"),
        .init(
            rule: "SZ2011.6.age-structure", template: "AgeStructureRule.outsideBand", chinese: "在 35–45 岁之间",
            english: "between 35 and 45 years old"),
        .init(
            rule: "SZ2011.7.rotation", template: "RotationRule.neverTrained", chinese: "不早于2022年12月31日",
            english: "on or after 31 December 2022"),
        // 每年至少参加一次县级市、区或以上的集中培训，累计集中培训时间不少于7天
        .init(
            rule: "SZ2011.7.key-role-training", template: "CentralisedTrainingRequirement.tooFewTrainings",
            chinese: "1 次以上", english: "1 training or more", clauseSays: "以上"),
        .init(
            rule: "SZ2011.7.key-role-training", template: "CentralisedTrainingRequirement.tooFewDays",
            chinese: "不少于 7 天", english: "at least 7 days", clauseSays: "不少于"),
        // 其他社区工作者每年至少参加一次街道或以上的集中培训，时间不少于5天
        .init(
            rule: "SZ2011.7.other-training", template: "CentralisedTrainingRequirement.tooFewTrainings",
            chinese: "1 次以上", english: "1 training or more", clauseSays: "以上"),
        .init(
            rule: "SZ2011.7.other-training", template: "CentralisedTrainingRequirement.tooFewDays",
            chinese: "不少于 5 天", english: "at least 5 days", clauseSays: "不少于"),
        // 参加本科以上学历教育
        .init(
            rule: "SZ2011.7.degree", template: "DegreeRule.studyEncouraged", chinese: "本科以上",
            english: "bachelor's degree or higher", clauseSays: "以上"),
        // 逐年提高…的比例: this year's share above last year's
        .init(
            rule: "SZ2011.7.secretary-quals-trend", template: "SecretaryQualificationsTrendRule.notRising",
            chinese: "超过 50%", english: "more than 50%"),
        // 总体待遇原则上不低于上年度当地城镇职工平均工资水平
        .init(
            rule: "SZ2011.9.staff-pay", template: "StaffPayRule.belowFloor", chinese: "不低于 80,000.00 元",
            english: "at least CNY 80,000.00", clauseSays: "不低于"),
        // 书记待遇原则上不低于上年度当地城镇职工平均工资水平的1.2倍
        .init(
            rule: "SZ2011.9.secretary-pay", template: "SecretaryPayRule.belowFloor", chinese: "不低于 96,000.00 元",
            english: "at least CNY 96,000.00", clauseSays: "不低于"),
        // 及时把他们编入相应的党组织: read as within 30 days (以内)
        .init(
            rule: "SZ2011.12.migrant-enrolment", template: "MigrantEnrolmentRule.notEnrolled", chinese: "30 天以下",
            english: "30 days or less"),
        // 社区服务用房面积按不低于社区住宅地面建筑面积的3%规划建设
        .init(
            rule: "SZ2011.15.service-space", template: "ServiceSpaceRule.belowFloor", chinese: "不低于 3,000.00 m²",
            english: "at least 3,000.00 m²", clauseSays: "不低于"),
        // 其中工作活动用房按0.5%进行配置 (of the service space's 不低于)
        .init(
            rule: "SZ2011.15.work-space", template: "WorkSpaceRule.belowFloor", chinese: "不低于 500.00 m²",
            english: "at least 500.00 m²"),
        .init(
            rule: "SZ2011.15.existing-shortfall", template: "ExistingShortfallRule.needsPlan",
            chinese: "不低于 3,000.00 m²", english: "at least 3,000.00 m²"),
        // 要将不少于三分之一的面积规划用于党组织和党员活动
        .init(
            rule: "SZ2011.15.party-share", template: "PartyShareRule.belowShare", chinese: "不少于 150.00 m²",
            english: "at least 150.00 m²", clauseSays: "不少于"),
        // 社区工作经费按不低于20元/人·年的标准核拨
        .init(
            rule: "SZ2011.19.work-fund", template: "WorkFundRule.belowFloor", chinese: "不低于 147,860.00 元",
            english: "at least CNY 147,860.00", clauseSays: "不低于"),
        // 每名党员每年不低于150元……少于100名党员的社区按不低于1.5万元划拨
        .init(
            rule: "SZ2011.19.activity-fund", template: "ActivityFundRule.belowFloor", chinese: "不低于 15,000.00 元",
            english: "at least CNY 15,000.00", clauseSays: "不低于"),
        // 市本级财政承担30%: the city's share of the total, at least
        .init(
            rule: "SZ2011.19.cost-split", template: "CostSplitRule.shortShare", chinese: "不低于 30,000.00 元",
            english: "at least CNY 30,000.00"),
        // 社区党组织每年召开4次以上征求群众意见座谈会
        .init(
            rule: "SZ2011.11.consultations", template: "ConsultationsRule.tooFew", chinese: "4 次以上",
            english: "4 meetings or more", clauseSays: "以上"),
        // 每周固定一天: every whole week judged
        .init(
            rule: "SZ2011.11.reception-day", template: "ReceptionDayRule.missedWeeks", chinese: "不少于 4 周",
            english: "at least 4 weeks"),
        // 建立健全党建工作联席会议制度: at least one a year
        .init(
            rule: "SZ2011.17.joint-meeting", template: "JointMeetingRule.none", chinese: "1 次以上",
            english: "1 meeting or more"),
    ]

    @Test("a requirement uses the clause's own bound word", arguments: expected)
    func boundWord(_ expected: Expected) throws {
        let findings = try MessageSamples.findings().filter {
            $0.ruleID == expected.rule && MessageCatalog.name(of: $0.template, in: $0.ruleID) == expected.template
        }
        let finding = try #require(findings.first, "no sample reaches \(expected.template)")
        let required = try #require(finding.required)
        #expect(required.formatted(.chinese) == expected.chinese)
        #expect(required.formatted(.english) == expected.english)
        #expect(finding.message(.chinese).contains(expected.chinese))
        if let word = expected.clauseSays {
            #expect(finding.citation.wording.contains(word), "the clause does not say \(word)")
            #expect(required.bound.wording == word)
        }
    }

    @Test("every requirement of a rule with a catalogued bound is checked above")
    func everyRequirementIsChecked() throws {
        let checked = Set(Self.expected.map { "\($0.rule) \($0.template)" })
        for finding in try MessageSamples.findings() where finding.required != nil {
            let name = MessageCatalog.name(of: finding.template, in: finding.ruleID) ?? "?"
            // Those stating no figure of their own (a plan's date, a flag) repeat a checked requirement.
            let repeatsAnother = [
                "ExistingShortfallRule.plannedService", "ExistingShortfallRule.plannedWork",
                "ExistingShortfallRule.overdueService", "ExistingShortfallRule.overdueWork",
                "RotationRule.notRotated", "ResettlementRule.noOrganisation", "ResettlementRule.noCentre",
                "ResettlementRule.committeeWithoutOrganisation", "OneShoulderRule.notCombined",
                "CertificateRule.missing", "DualManagementRule.notDualManaged", "OutgoingMigrantRule.noCertificate",
                "OutgoingMigrantRule.noContact", "ImmobileRule.notVisited", "PointsRule.notKept",
                "ReceptionDayRule.notFixed", "ThreeMeetingsRule.notStrict", "LeaveRule.withoutLeave",
                "DuesRule.unpaid", "DuesRule.late",
            ].contains(name)
            #expect(
                repeatsAnother || checked.contains("\(finding.ruleID) \(name)"),
                "\(finding.ruleID) \(name) shows \(finding.required?.formatted(.chinese) ?? "") unchecked")
        }
    }

    @Test("no symbols or placeholders in Chinese messages, no Chinese in English ones")
    func symbols() throws {
        for finding in try MessageSamples.findings() {
            let chinese = finding.message(.chinese)
            let english = finding.message(.english)
            for symbol in ["×", "/", "≥", "≤", "{", "}", ">", "<", "="] {
                #expect(!chinese.contains(symbol), "\(finding.ruleID): \"\(symbol)\" in \(chinese)")
            }
            for symbol in ["×", "≥", "≤", "{", "}", "—"] {
                #expect(!english.contains(symbol), "\(finding.ruleID): \"\(symbol)\" in \(english)")
            }
            #expect(!containsHan(english), "\(finding.ruleID): Chinese in \(english)")
            #expect(containsHan(chinese), "\(finding.ruleID): no Chinese in \(chinese)")
            #expect(!chinese.contains("—"), "\(finding.ruleID): a missing value in \(chinese)")
        }
    }

    @Test("Chinese spacing: no space between Chinese characters, none doubled, no word doubled")
    func chineseSpacing() throws {
        for finding in try MessageSamples.findings() {
            let text = finding.message(.chinese)
            #expect(Self.spaceBetweenChinese(in: text) == nil, "\(finding.ruleID): a space in \(text)")
            #expect(!text.contains("  "), "\(finding.ruleID): two spaces in \(text)")
            #expect(text.trimmingCharacters(in: .whitespaces) == text, "\(finding.ruleID): \(text)")
            #expect(
                Self.doubledWord(in: text) == nil, "\(finding.ruleID): \(Self.doubledWord(in: text) ?? "") in \(text)")
            for bound in Bound.allCases where bound != .between {
                #expect(!text.contains("未达到" + bound.wording), "\(finding.ruleID): 未达到\(bound.wording) in \(text)")
            }
            #expect(
                text.range(of: #"[0-9] ?[名人户次个天元岁倍] ?[名人户次个天]"#, options: .regularExpression) == nil,
                "\(finding.ruleID): a measure word twice in \(text)")
            #expect(
                text.range(of: #"[\p{Han}][0-9]+(,[0-9]{3})*(\.[0-9]+)? ?[名人户次个天元岁倍%m]"#, options: .regularExpression)
                    == nil,
                "\(finding.ruleID): a quantity joined to the word before it in \(text)")
        }
    }

    @Test("English: counts agree with their nouns, and spacing is plain")
    func englishAgreement() throws {
        let nouns = [
            "member", "person", "worker", "household", "training", "meeting", "organisation", "residents' committee",
            "day", "year",
        ]
        for finding in try MessageSamples.findings() {
            let text = finding.message(.english)
            for noun in nouns {
                let plural = noun == "person" ? "people" : noun + "s"
                #expect(
                    text.range(of: #"(^|[^0-9.,])1 "# + plural + #"\b"#, options: .regularExpression) == nil,
                    "\(finding.ruleID): 1 \(plural) in \(text)")
                #expect(
                    text.range(
                        of: #"(^|[^0-9.,])([02-9]|[0-9]{2,}|[0-9]+\.[0-9]+) "# + noun + #"(?![s'])\b"#,
                        options: .regularExpression) == nil,
                    "\(finding.ruleID): a plural count with \(noun) in \(text)")
            }
            #expect(!text.contains("  "), "\(finding.ruleID): two spaces in \(text)")
            #expect(text.range(of: #" [;,.)]"#, options: .regularExpression) == nil, "\(finding.ruleID): \(text)")
            #expect(text.first?.isUppercase == true, "\(finding.ruleID): \(text)")
        }
    }

    @Test("Chinese article references read 第19条, English ones art. 19")
    func citations() throws {
        for finding in try MessageSamples.findings() {
            #expect(finding.citation.reference(.chinese) == "SZ2011 第\(finding.citation.article)条")
            #expect(finding.citation.reference(.english) == "SZ2011 art. \(finding.citation.article)")
        }
    }

    /// The first space with a Chinese character or Chinese punctuation on both sides, if any.
    static func spaceBetweenChinese(in text: String) -> String? {
        let characters = Array(text)
        for index in characters.indices.dropFirst().dropLast() where characters[index] == " " {
            if isChinese(characters[index - 1]) || isChinese(characters[index + 1]) {
                let before = characters[index - 1]
                let after = characters[index + 1]
                // A space is written only between a Chinese word and a number, an ID or a unit.
                if isChinese(before) && isChinese(after) { return "\(before) \(after)" }
                if isChinesePunctuation(before) || isChinesePunctuation(after) { return "\(before) \(after)" }
            }
        }
        return nil
    }

    /// The first run of two or more Chinese characters written twice in a row (社区社区), if any.
    static func doubledWord(in text: String) -> String? {
        let characters = Array(text)
        for length in 2...4 where characters.count >= 2 * length {
            for start in 0...(characters.count - 2 * length) {
                let first = characters[start..<(start + length)]
                guard first.allSatisfy(isHan) else { continue }
                if first.elementsEqual(characters[(start + length)..<(start + 2 * length)]) {
                    return String(first) + String(first)
                }
            }
        }
        return nil
    }

    static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
    }

    static func isChinesePunctuation(_ character: Character) -> Bool { "，。；：、（）“”《》！？".contains(character) }

    static func isChinese(_ character: Character) -> Bool { isHan(character) || isChinesePunctuation(character) }
}
