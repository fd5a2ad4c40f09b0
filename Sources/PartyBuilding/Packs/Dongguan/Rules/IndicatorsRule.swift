extension DG {
    /// `DG.indicators` (a worked example, not a rule): the figures 东关's application reports,
    /// computed from the records as exact ratios and reported as information.
    ///
    /// The clause, quoted once: ``DG/Clauses/indicators``.
    ///
    /// Over the audited range up to the audit date: the mediation success rate (cases settled of those
    /// settled or not, ``MediationCase``; those still under way are left out), the residents'
    /// satisfaction (satisfied of respondents over the surveys, ``SatisfactionSurvey``), the training
    /// coverage (trained of members over the years, ``TrainingCoverage``), the household participation
    /// (households taking part in a year's campaign of the community's households,
    /// ``HouseholdParticipation``) and the resident units with their registered members. Each ratio is
    /// exact in the finding (37/38); it is shown rounded only for display, with one decimal truncated
    /// (``ExactRounding/down``) as the application prints it: 37 of 38 is 97.3%, exactly 97.368…%.
    /// Satisfaction and coverage are compared with the figures the application reports
    /// (``DG/Parameters/satisfaction``, ``DG/Parameters/trainingCoverage``, 以上: inclusive), still as
    /// information. A figure whose records are not kept cannot be computed: an information finding.
    public struct IndicatorsRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = RuleDescriptor(
            id: "DG.indicators",
            title: LocalizedText(chinese: "东关社区创建指标", english: "The indicators of 东关's application"),
            strength: .encouraged, citation: Clauses.indicators, cadence: .range)

        /// The decimals and the rounding of a ratio shown in a message: one decimal, truncated.
        public static let display = (decimals: 1, rounding: ExactRounding.down)

        /// Creates the rule.
        public init() {}

        /// The figures the application reports.
        public struct Bindings: Sendable {
            /// The residents' satisfaction, at least.
            public var satisfaction: Ratio
            /// The training coverage, at least.
            public var trainingCoverage: Ratio
        }

        /// Reads the figures the application reports.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Bindings {
            Bindings(
                satisfaction: try parameters[Parameters.satisfaction],
                trainingCoverage: try parameters[Parameters.trainingCoverage])
        }

        /// Computes the indicators of one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Bindings,
            into findings: inout FindingCollector
        ) {
            let community = context.community
            let governance = community.governance
            let subject = Subject.community(context.id)
            let last = min(period.end, context.date)
            func judged(_ date: CalendarDate) -> Bool { period.start <= date && date <= last }
            func judged(year: Int) -> Bool { period.start.year <= year && year <= last.year }

            var settled = 0
            var decided = 0
            for mediation in governance.mediationCases where judged(mediation.date) {
                switch mediation.outcome {
                case .settled: (settled, decided) = (settled + 1, decided + 1)
                case .notSettled: decided += 1
                case .pending: break
                }
            }
            if decided == 0 {
                findings.cannotCheck(subject, unrecorded: .mediationCases)
            } else {
                findings.inform(
                    subject, measured: .share(Ratio(Int64(settled), Int64(decided))),
                    detail: .label(
                        Self.counts(
                            Ratio(Int64(settled), Int64(decided)), chinese: "调处 \(decided) 起，调解成功 \(settled) 起",
                            english: "\(settled) of \(decided) settled")),
                    message: Self.mediation)
            }

            let surveys = governance.satisfactionSurveys.filter { judged($0.date) }
            let respondents = surveys.reduce(0) { $0 + $1.respondents }
            if respondents == 0 {
                findings.cannotCheck(subject, unrecorded: .satisfactionSurveys)
            } else {
                let satisfied = surveys.reduce(0) { $0 + $1.satisfied }
                let share = Ratio(Int64(satisfied), Int64(respondents))
                findings.inform(
                    subject, measured: .share(share), required: Requirement(.orMore, .share(bindings.satisfaction)),
                    detail: .label(
                        Self.counts(
                            share, chinese: "受访 \(respondents) 人中满意 \(satisfied) 人",
                            english: "\(satisfied) of \(respondents) satisfied")),
                    message: Self.satisfaction)
            }

            let coverage = governance.trainingCoverage.filter { judged(year: $0.year) }
            let toTrain = coverage.reduce(0) { $0 + $1.members }
            if toTrain == 0 {
                findings.cannotCheck(subject, unrecorded: .trainingCoverage)
            } else {
                let trained = coverage.reduce(0) { $0 + $1.trained }
                let share = Ratio(Int64(trained), Int64(toTrain))
                findings.inform(
                    subject, measured: .share(share),
                    required: Requirement(.orMore, .share(bindings.trainingCoverage)),
                    detail: .label(
                        Self.counts(
                            share, chinese: "应培训党员 \(toTrain) 名，已培训 \(trained) 名",
                            english: "\(trained) of \(toTrain) members trained")),
                    message: Self.training)
            }

            let campaigns = governance.householdParticipation.filter { judged(year: $0.year) }
            if campaigns.isEmpty {
                findings.cannotCheck(subject, unrecorded: .householdParticipation)
            } else if let households = community.households, households > 0 {
                for campaign in campaigns {
                    let share = Ratio(Int64(campaign.households), Int64(households))
                    findings.inform(
                        subject, measured: .share(share),
                        detail: .label(
                            Quantity.Label(
                                code: share.description,
                                chinese:
                                    "\(campaign.year)年“\(campaign.campaign)”参与家庭 \(campaign.households) 户，共 \(households) 户，参与率 "
                                    + share.percentage(decimals: Self.display.decimals, rounding: Self.display.rounding),
                                english:
                                    "In \(campaign.year), \(campaign.households) of \(households) households took part in the campaign: "
                                    + share.percentage(decimals: Self.display.decimals, rounding: Self.display.rounding)
                            )),
                        message: Self.participation)
                }
            } else {
                findings.cannotCheck(subject, missing: [.households])
            }

            let units = governance.residentUnits
            if !units.isEmpty {
                let members = units.compactMap(\.members)
                findings.inform(
                    subject, measured: .count(members.reduce(0, +), .members),
                    detail: .label(
                        Quantity.Label(
                            code: "\(units.count)", chinese: "\(units.count) 家",
                            english: units.count == 1 ? "1 unit" : "\(units.count) units")),
                    message: members.count == units.count ? Self.units : Self.unitsPartly)
            }
        }

        /// `调处 38 起，调解成功 37 起，按一位小数截断为 97.3%`: the counts and the ratio as the application
        /// shows it; the code is the exact ratio (`37/38`).
        static func counts(_ share: Ratio, chinese: String, english: String) -> Quantity.Label {
            let shown = share.percentage(decimals: display.decimals, rounding: display.rounding)
            return Quantity.Label(
                code: share.description, chinese: chinese + "，按一位小数截断为 " + shown,
                english: english + "; \(shown) with one decimal, truncated")
        }

        /// `2025年矛盾纠纷调解成功率为 97.37%（调处 38 起，调解成功 37 起，按一位小数截断为 97.3%）`.
        static let mediation = MessageTemplate(
            chinese: "{period}矛盾纠纷调解成功率为 {measured}（{detail}）",
            english: "Disputes settled in {period}: {measured} ({detail})")
        /// `2025年群众满意率为 98.5%（受访 200 人中满意 197 人，按一位小数截断为 98.5%），申报材料所列为 98%以上`.
        static let satisfaction = MessageTemplate(
            chinese: "{period}群众满意率为 {measured}（{detail}），申报材料所列为 {required}",
            english: "Residents' satisfaction in {period}: {measured} ({detail}); the application reports {required}")
        /// `2025年党员培训面为 96.25%（应培训党员 80 名，已培训 77 名，按一位小数截断为 96.2%），申报材料所列为 95%以上`.
        static let training = MessageTemplate(
            chinese: "{period}党员培训面为 {measured}（{detail}），申报材料所列为 {required}",
            english: "Training coverage in {period}: {measured} ({detail}); the application reports {required}")
        /// `2024年“平安家庭创建”参与家庭 1273 户，共 2145 户，参与率 59.3%`.
        static let participation = MessageTemplate(
            chinese: "{detail}", english: "{detail}")
        /// `辖区内有驻区单位 9 家，在册党员 49 名`.
        static let units = MessageTemplate(
            chinese: "辖区内有驻区单位 {detail}，在册党员 {measured}",
            english: "The community has {detail} with {measured} registered")
        /// `辖区内有驻区单位 9 家，已记录人数的单位在册党员 40 名`.
        static let unitsPartly = MessageTemplate(
            chinese: "辖区内有驻区单位 {detail}，已记录人数的单位在册党员 {measured}",
            english: "The community has {detail}; those whose members are recorded have {measured} registered")
    }
}
