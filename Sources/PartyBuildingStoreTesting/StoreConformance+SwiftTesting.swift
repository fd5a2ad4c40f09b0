#if canImport(Testing)
    import PartyBuilding
    @_exported import PartyBuildingStoreConformance
    import Testing

    /// The Swift Testing front end: each `check…` function runs the check of the same name and records
    /// every failure as an issue at the line that called it, in the integrator's test.
    ///
    /// ```swift
    /// import PartyBuildingStoreTesting
    /// import Testing
    ///
    /// @Test func myStoreConforms() async {
    ///     await StoreConformance.checkAll { try MyStore(directory: makeTemporaryDirectory()) }
    /// }
    /// ```
    ///
    /// The kit imports Testing only to record issues; it does not re-export it.
    extension StoreConformance {
        /// Runs every check and records each failure as an issue at the caller's line.
        public static func checkAll(sourceLocation: SourceLocation = #_sourceLocation, of makeStore: StoreFactory)
            async
        {
            record(await all(of: makeStore), at: sourceLocation)
        }

        /// Runs one check and records each failure as an issue at the caller's line.
        public static func check(
            _ check: ConformanceCheck, sourceLocation: SourceLocation = #_sourceLocation, of makeStore: StoreFactory
        ) async {
            record(await run(check, of: makeStore), at: sourceLocation)
        }

        /// Runs ``roundTrips(of:)`` and records each failure as an issue at the caller's line.
        public static func checkRoundTrips(
            sourceLocation: SourceLocation = #_sourceLocation, of makeStore: StoreFactory
        )
            async
        {
            record(await roundTrips(of: makeStore), at: sourceLocation)
        }

        /// Runs ``overwrite(of:)`` and records each failure as an issue at the caller's line.
        public static func checkOverwrite(sourceLocation: SourceLocation = #_sourceLocation, of makeStore: StoreFactory)
            async
        {
            record(await overwrite(of: makeStore), at: sourceLocation)
        }

        /// Runs ``delete(of:)`` and records each failure as an issue at the caller's line.
        public static func checkDelete(sourceLocation: SourceLocation = #_sourceLocation, of makeStore: StoreFactory)
            async
        {
            record(await delete(of: makeStore), at: sourceLocation)
        }

        /// Runs ``missingIDs(of:)`` and records each failure as an issue at the caller's line.
        public static func checkMissingIDs(
            sourceLocation: SourceLocation = #_sourceLocation, of makeStore: StoreFactory
        )
            async
        {
            record(await missingIDs(of: makeStore), at: sourceLocation)
        }

        /// Runs ``listingOrder(of:)`` and records each failure as an issue at the caller's line.
        public static func checkListingOrder(
            sourceLocation: SourceLocation = #_sourceLocation, of makeStore: StoreFactory
        ) async {
            record(await listingOrder(of: makeStore), at: sourceLocation)
        }

        /// Runs ``batchAtomicity(of:)`` and records each failure as an issue at the caller's line.
        public static func checkBatchAtomicity(
            sourceLocation: SourceLocation = #_sourceLocation, of makeStore: StoreFactory
        ) async {
            record(await batchAtomicity(of: makeStore), at: sourceLocation)
        }

        /// Runs ``concurrentWriters(tasks:savesPerTask:of:)`` and records each failure as an issue at
        /// the caller's line.
        public static func checkConcurrentWriters(
            tasks: Int = 50, savesPerTask: Int = 20, sourceLocation: SourceLocation = #_sourceLocation,
            of makeStore: StoreFactory
        ) async {
            record(await concurrentWriters(tasks: tasks, savesPerTask: savesPerTask, of: makeStore), at: sourceLocation)
        }

        /// Runs ``errorMapping(of:)`` and records each failure as an issue at the caller's line.
        public static func checkErrorMapping(
            sourceLocation: SourceLocation = #_sourceLocation, of makeStore: StoreFactory
        )
            async
        {
            record(await errorMapping(of: makeStore), at: sourceLocation)
        }

        /// Runs ``recordKinds(of:)`` and records each failure as an issue at the caller's line.
        public static func checkRecordKinds(
            sourceLocation: SourceLocation = #_sourceLocation, of makeStore: StoreFactory
        )
            async
        {
            record(await recordKinds(of: makeStore), at: sourceLocation)
        }

        /// Runs ``appendedHistory(of:)`` and records each failure as an issue at the caller's line.
        public static func checkAppendedHistory(
            sourceLocation: SourceLocation = #_sourceLocation, of makeStore: StoreFactory
        ) async {
            record(await appendedHistory(of: makeStore), at: sourceLocation)
        }

        /// Records each failure as a Swift Testing issue at `sourceLocation`.
        private static func record(_ failures: [ConformanceFailure], at sourceLocation: SourceLocation) {
            for failure in failures {
                Issue.record(Comment(rawValue: failure.description), sourceLocation: sourceLocation)
            }
        }
    }
#endif
