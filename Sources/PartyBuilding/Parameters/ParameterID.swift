/// The ID of a parameter: the ID of its rule and a name, for example `SZ2011.19.activity-fund.per-member`.
public typealias ParameterID = Identifier<Parameter>
