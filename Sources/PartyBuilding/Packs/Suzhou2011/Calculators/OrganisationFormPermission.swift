/// The largest form of Party organisation a count of formal members permits (SZ2011 art. 3).
///
/// The clause: ``SZ2011/Clauses/generalBranch``.
///
/// 超过 excludes its number: 50 formal members permit a branch, 51 a general branch, 101 a committee.
///
/// ```swift
/// OrganisationFormPermission.suzhou2011.permittedForm(formalMembers: 51)   // .generalBranch
/// ```
public struct OrganisationFormPermission: Sendable, Hashable {
    /// More formal members than this permit a general branch (50).
    public var generalBranchAbove: Int
    /// More formal members than this permit a Party committee (100).
    public var committeeAbove: Int

    /// Creates the calculator from its thresholds.
    public init(generalBranchAbove: Int, committeeAbove: Int) {
        self.generalBranchAbove = generalBranchAbove
        self.committeeAbove = committeeAbove
    }

    /// The calculator with the parameter values in force for the period being bound.
    public init(_ parameters: ParameterReader) throws(ParameterError) {
        self.init(
            generalBranchAbove: try parameters[SZ2011.Parameters.generalBranchThreshold],
            committeeAbove: try parameters[SZ2011.Parameters.committeeThreshold])
    }

    /// The opinion's own thresholds: more than 50 and more than 100.
    public static let suzhou2011 = OrganisationFormPermission(generalBranchAbove: 50, committeeAbove: 100)

    /// The largest form `formalMembers` formal members permit.
    public func permittedForm(formalMembers: Int) -> PartyOrganisation.Form {
        if Bound.moreThan.admits(formalMembers, committeeAbove) { return .committee }
        if Bound.moreThan.admits(formalMembers, generalBranchAbove) { return .generalBranch }
        return .branch
    }
}
