extension SZ2011 {
    /// What SZ2011 art. 15 requires of a planned community's space: an area not less than a share of
    /// its above-ground residential floor area (3% for the service space, 0.5% for the work-and-activity
    /// rooms). An existing community below the shares is a matter for ``ExistingShortfallRule``.
    struct PlannedSpaceRequirement {
        /// The share of the residential floor area.
        let share: Ratio

        /// Reports a planned community whose `area` is below the share, exactly; the required area is
        /// rounded up to 0.01 m². An area or a residential floor area not recorded, or an area below the
        /// share of a community not recorded as built or planned, cannot be checked.
        func check(
            _ context: CommunityContext, area: Area?, figure: UnrecordedFigure, message: MessageTemplate,
            into findings: inout FindingCollector
        ) {
            let community = context.community
            guard community.development != .existing else { return }
            let subject = Subject.community(community.id)
            guard let area, let base = community.residentialFloorArea else {
                findings.cannotCheck(subject, missing: community.unrecorded([.residentialFloorArea, figure]))
                return
            }
            // Areas are whole 0.01 m², so an area meets the floor rounded up to 0.01 m² exactly when it
            // meets the exact share.
            let floor = base.multiplied(by: share, rounding: .up)
            if community.development == nil, area < floor {
                findings.cannotCheck(subject, missing: [.development])
                return
            }
            findings.check(
                subject, .area(area), .notLessThan, .area(floor), detail: .share(share), message: message)
        }
    }
}
