// swift-tools-version: 6.0
// PartyBuildingFuzz: libFuzzer targets for every reader of outside data in PartyBuildingKit. It depends
// on the main package by path; `Fuzz/run` builds them with `--sanitize=fuzzer --sanitize=address`, so
// the library is instrumented once for all targets. See Fuzz/README.md.
import PackageDescription

/// Settings every target shares: Swift 6 language mode (strict concurrency) and explicit `any`.
let strictSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

/// A fuzz target: an executable whose one source file defines `LLVMFuzzerTestOneInput` (libFuzzer
/// supplies `main`), in the folder of its name, next to its seed corpus.
func fuzzTarget(_ name: String, _ dependencies: [Target.Dependency] = []) -> Target {
    .executableTarget(
        name: "fuzz-\(name)",
        dependencies: ["FuzzSupport", .product(name: "PartyBuilding", package: "PartyBuildingKit")] + dependencies,
        path: name, exclude: ["corpus"], swiftSettings: strictSettings)
}

let package = Package(
    name: "PartyBuildingFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "PartyBuildingKit", path: "..")
    ],
    targets: [
        // What the targets share: validating and auditing what a reader produced, a scratch directory,
        // and waiting for an async call.
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "PartyBuilding", package: "PartyBuildingKit"),
                .product(name: "PartyBuildingSynthetic", package: "PartyBuildingKit"),
            ],
            path: "Support", swiftSettings: strictSettings),
        fuzzTarget("interchange"),
        fuzzTarget("csv"),
        fuzzTarget("store"),
        fuzzTarget("scenario", [.product(name: "PartyBuildingSynthetic", package: "PartyBuildingKit")]),
        fuzzTarget("records", [.product(name: "PartyBuildingSynthetic", package: "PartyBuildingKit")]),
    ]
)
