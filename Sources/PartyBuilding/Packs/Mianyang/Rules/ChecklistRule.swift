extension MY {
    /// `MY.street-checklist` and `MY.community-checklist` (shall): a street keeps the "一核四强" checklist
    /// of 44 tasks, a community the "六化体系" checklist of 48 indicators, and completion is scored.
    ///
    /// The clauses, quoted once: ``MY/Clauses/streetChecklist`` and ``MY/Clauses/communityChecklist``.
    ///
    /// The seeds give the structure and the counts, not the items: a street or district supplies its
    /// own list (``Checklist``, kept with the community's records). Judged for each year, for each
    /// checklist of the rule's scope: a checklist whose items differ in number from the document's
    /// (``MY/Parameters/streetChecklistItems``, ``MY/Parameters/communityChecklistItems``) is a
    /// violation; so is a year without an assessment (``ChecklistAssessment``), or an assessment that
    /// completed fewer than all items, reported as the exact share completed (`10/11`, shown as
    /// 90.91%). A community that records no checklist of the scope cannot be checked.
    public struct ChecklistRule: Rule {
        /// Whose checklist the rule judges.
        public let scope: Checklist.Scope
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor: RuleDescriptor

        /// Creates the rule for the street's or the community's checklist.
        public init(_ scope: Checklist.Scope) {
            self.scope = scope
            descriptor =
                switch scope {
                case .street:
                    RuleDescriptor(
                        id: "MY.street-checklist",
                        title: LocalizedText(chinese: "街道“一核四强”规范化建设清单", english: "The street's checklist of 44 tasks"),
                        strength: .shall, citation: Clauses.streetChecklist, cadence: .yearly)
                case .community:
                    RuleDescriptor(
                        id: "MY.community-checklist",
                        title: LocalizedText(
                            chinese: "社区“六化体系”规范化建设清单", english: "The community's checklist of 48 indicators"),
                        strength: .shall, citation: Clauses.communityChecklist, cadence: .yearly)
                }
        }

        /// Reads the number of items the document states.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Int {
            switch scope {
            case .street: try parameters[Parameters.streetChecklistItems]
            case .community: try parameters[Parameters.communityChecklistItems]
            }
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with items: Int, into findings: inout FindingCollector
        ) {
            let governance = context.community.governance
            let checklists = governance.checklists.filter { $0.scope == scope }
            guard !checklists.isEmpty else {
                return findings.cannotCheck(
                    .community(context.id), unrecorded: scope == .street ? .streetChecklist : .communityChecklist)
            }
            let year = period.start.year
            for checklist in checklists {
                let name = Quantity.Label(
                    code: checklist.id.rawValue, chinese: checklist.title, english: checklist.id.rawValue)
                if checklist.itemCount != items {
                    findings.fail(
                        .community(context.id), measured: .count(checklist.itemCount, .items),
                        required: Requirement(.exactly, .count(items, .items)),
                        detail: .label(
                            Quantity.Label(
                                code: checklist.id.rawValue,
                                chinese: "\(checklist.title)有 \(checklist.itemCount) 项，文件规定为 \(items) 项",
                                english:
                                    "The checklist \(checklist.id.rawValue) has \(checklist.itemCount) items; the document states \(items)"
                            )),
                        message: Self.itemCount)
                }
                guard
                    let assessment = governance.checklistAssessments.first(where: {
                        $0.checklistID == checklist.id && $0.year == year
                    })
                else {
                    findings.fail(
                        .community(context.id), measured: nil, required: nil, detail: .label(name),
                        message: Self.notAssessed)
                    continue
                }
                guard let completion = assessment.completion(of: checklist) else { continue }
                findings.check(
                    .community(context.id), .share(completion), .exactly, .share(.one),
                    detail: .label(
                        Quantity.Label(
                            code: "\(assessment.completedItems)/\(checklist.itemCount)",
                            chinese: "\(checklist.title)共 \(checklist.itemCount) 项，完成 \(assessment.completedItems) 项",
                            english:
                                "\(assessment.completedItems) of the \(checklist.itemCount) items of \(checklist.id.rawValue)"
                        )),
                    message: Self.incomplete)
            }
        }

        /// `“一核四强”规范化建设清单有 43 项，文件规定为 44 项，二者不符`.
        static let itemCount = MessageTemplate(chinese: "{detail}，二者不符", english: "{detail}")
        /// `2025年未对“一核四强”规范化建设清单的完成情况评分`.
        static let notAssessed = MessageTemplate(
            chinese: "{period}未对{detail}的完成情况评分",
            english: "The checklist {detail} was not assessed for {period}")
        /// `2025年“一核四强”规范化建设清单共 44 项，完成 40 项，完成率 90.91%`.
        static let incomplete = MessageTemplate(
            chinese: "{period}{detail}，完成率 {measured}",
            english: "In {period}, {detail} were completed: {measured}")
    }
}
