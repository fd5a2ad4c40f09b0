/// The ID of a rule, exactly as in the rule catalog: `SZ2011.19.activity-fund`.
public typealias RuleID = Identifier<RuleDescriptor>
