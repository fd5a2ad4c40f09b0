import PartyBuilding

extension Community {
    /// The community without its yearly records: its members' dues and voluntary payments, its
    /// meetings and its reception days, which are most of a synthetic city's size (a city of
    /// 10,000 communities holds 23,683,654 payments). The benchmarks time a city's members with and
    /// without them.
    public var withoutYearlyRecords: Community {
        var stripped = self
        stripped.meetings = []
        stripped.receptionDays = []
        stripped.members = members.map { member in
            var stripped = member
            stripped.duesPayments = []
            stripped.voluntaryPayments = []
            return stripped
        }
        return stripped
    }
}
