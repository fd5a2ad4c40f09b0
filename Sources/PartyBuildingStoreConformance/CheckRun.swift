import PartyBuilding

/// The failures one check has found so far, and the assertions the checks are written with.
struct CheckRun {
    /// The check being run.
    let check: ConformanceCheck
    /// What it has found wrong.
    private(set) var failures: [ConformanceFailure] = []

    init(check: ConformanceCheck) { self.check = check }

    /// Records a failure.
    mutating func fail(_ message: String, expected: String? = nil, actual: String? = nil) {
        failures.append(ConformanceFailure(check: check, message: message, expected: expected, actual: actual))
    }

    /// Adds failures found by work done in child tasks.
    mutating func absorb(_ others: [ConformanceFailure]) { failures += others }

    /// Runs a store call that must succeed; records the error and returns `nil` when it throws.
    @discardableResult
    mutating func attempt<Value>(_ step: String, _ body: () async throws(StoreError) -> Value) async -> Value? {
        do {
            return try await body()
        } catch {
            fail("\(step) threw", expected: "success", actual: error.description)
            return nil
        }
    }

    /// Runs a store call that must throw (with `code`, when given); records a failure when it does not.
    /// - Returns: The error thrown, if any.
    @discardableResult
    mutating func expectError<Value>(
        _ step: String, code: StoreError.Code?, _ body: () async throws(StoreError) -> Value
    ) async -> StoreError? {
        do {
            _ = try await body()
            fail(
                "\(step) succeeded", expected: code.map { "StoreError .\($0.rawValue)" } ?? "a StoreError",
                actual: "no error")
            return nil
        } catch {
            if let code, error.code != code {
                fail("\(step) threw the wrong code", expected: ".\(code.rawValue)", actual: error.description)
            }
            return error
        }
    }

    /// Checks that a fetched community equals the one saved, naming the first field that differs.
    mutating func expectEqual(_ actual: Community?, _ expected: Community, _ step: String) {
        guard let actual else {
            fail("\(step): community \(expected.id) is missing", expected: "the saved community", actual: "nil")
            return
        }
        guard actual != expected else { return }
        if let difference = ModelDifference.first(expected: expected, actual: actual) {
            fail(
                "\(step): community \(expected.id) came back different at \(difference.path)",
                expected: difference.expected, actual: difference.actual)
        } else {
            fail("\(step): community \(expected.id) came back different (no single field found)")
        }
    }

    /// Checks that a list of IDs is exactly the expected one, in order.
    mutating func expectIDs(_ actual: [CommunityID]?, _ expected: [CommunityID], _ step: String) {
        guard let actual, actual != expected else { return }
        fail("\(step): wrong IDs", expected: ModelDifference.list(expected), actual: ModelDifference.list(actual))
    }

    /// Fetches every ID of `expected` and checks each comes back equal.
    mutating func expectStored(_ expected: [Community], in store: any CommunityStore, _ step: String) async {
        for community in expected {
            let fetched = await attempt("\(step): fetching \(community.id)") { () async throws(StoreError) in
                try await store.community(community.id)
            }
            if let fetched { expectEqual(fetched, community, step) }
        }
    }
}
