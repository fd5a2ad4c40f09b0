extension SZ2011 {
    /// What SZ2011 art. 15 requires of a planned community's space: an area not less than a share of
    /// its above-ground residential floor area (3% for the service space, 0.5% for the work-and-activity
    /// rooms). An existing community below the shares is a matter for ``ExistingShortfallRule``.
    struct PlannedSpaceRequirement {
        /// The share of the residential floor area.
        let share: Ratio

        /// Reports a planned community whose `area` is below the share, exactly; the required area is
        /// rounded up to 0.01 m².
        func check(
            _ context: CommunityContext, area: Area, message: MessageTemplate, into findings: inout FindingCollector
        ) {
            let community = context.community
            guard community.development == .planned else { return }
            // Areas are whole 0.01 m², so an area meets the floor rounded up to 0.01 m² exactly when it
            // meets the exact share.
            findings.check(
                .community(community.id), .area(area), .notLessThan,
                .area(community.residentialFloorArea.multiplied(by: share, rounding: .up)), detail: .share(share),
                message: message)
        }
    }
}
