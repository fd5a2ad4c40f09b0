// swift-tools-version: 6.0
// PartyBuildingKit: rules of urban community Party-building work as typed models, calculators and
// validators, with pluggable storage. Foundation and the Swift toolchain only: no package dependencies.
import PackageDescription

/// Settings every target shares: Swift 6 language mode (strict concurrency) and explicit `any`.
let strictSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "PartyBuildingKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PartyBuilding", targets: ["PartyBuilding"]),
        .library(name: "PartyBuildingStoreTesting", targets: ["PartyBuildingStoreTesting"]),
        .library(name: "PartyBuildingStoreConformance", targets: ["PartyBuildingStoreConformance"]),
        .library(name: "PartyBuildingSynthetic", targets: ["PartyBuildingSynthetic"]),
        .library(name: "PartyBuildingReports", targets: ["PartyBuildingReports"]),
    ],
    targets: [
        // The library: models, rules, calculators, audits and the built-in stores.
        .target(name: "PartyBuilding", swiftSettings: strictSettings),
        // The conformance kit an integrator runs against their own store: its checks, framework-neutral…
        .target(
            name: "PartyBuildingStoreConformance", dependencies: ["PartyBuilding"], swiftSettings: strictSettings),
        // …and their Swift Testing front end, for test targets (re-exports the checks).
        .target(
            name: "PartyBuildingStoreTesting", dependencies: ["PartyBuilding", "PartyBuildingStoreConformance"],
            swiftSettings: strictSettings),
        // The seeded synthetic-city generator and the hand-written sample communities, for benchmarks,
        // tests and examples.
        .target(name: "PartyBuildingSynthetic", dependencies: ["PartyBuilding"], swiftSettings: strictSettings),
        // Report documents (tables, bar charts, notes) and their text, CSV, Markdown, HTML and JSON renderers.
        .target(name: "PartyBuildingReports", dependencies: ["PartyBuilding"], swiftSettings: strictSettings),

        // Examples: each is `swift run <name>`, a thin program over the library and its reports,
        // sharing one small options helper (ExampleSupport: common options, data files, exit statuses).
        .target(
            name: "ExampleSupport", dependencies: ["PartyBuilding", "PartyBuildingReports"], path: "Examples/Support",
            swiftSettings: strictSettings),
        .executableTarget(
            name: "audit",
            dependencies: ["PartyBuilding", "PartyBuildingReports", "PartyBuildingSynthetic", "ExampleSupport"],
            path: "Examples/Audit", swiftSettings: strictSettings),
        .executableTarget(
            name: "funds",
            dependencies: ["PartyBuilding", "PartyBuildingReports", "PartyBuildingSynthetic", "ExampleSupport"],
            path: "Examples/Funds", swiftSettings: strictSettings),
        .executableTarget(
            name: "space",
            dependencies: ["PartyBuilding", "PartyBuildingReports", "PartyBuildingSynthetic", "ExampleSupport"],
            path: "Examples/Space", swiftSettings: strictSettings),
        .executableTarget(
            name: "workforce",
            dependencies: ["PartyBuilding", "PartyBuildingReports", "PartyBuildingSynthetic", "ExampleSupport"],
            path: "Examples/Workforce", swiftSettings: strictSettings),
        .executableTarget(
            name: "what-if",
            dependencies: ["PartyBuilding", "PartyBuildingReports", "PartyBuildingSynthetic", "ExampleSupport"],
            path: "Examples/WhatIf", swiftSettings: strictSettings),
        .executableTarget(
            name: "dues", dependencies: ["PartyBuilding"], path: "Examples/Dues", swiftSettings: strictSettings),
        .executableTarget(
            name: "due", dependencies: ["PartyBuilding", "PartyBuildingSynthetic"], path: "Examples/Due",
            swiftSettings: strictSettings),
        .executableTarget(
            name: "custom-store", dependencies: ["PartyBuilding", "PartyBuildingStoreConformance"],
            path: "Examples/CustomStore", swiftSettings: strictSettings),

        // Release-mode benchmarks: `swift run -c release party-building-benchmarks`.
        .executableTarget(
            name: "party-building-benchmarks", dependencies: ["PartyBuilding", "PartyBuildingSynthetic"],
            path: "Benchmarks/PartyBuildingBenchmarks", swiftSettings: strictSettings),

        // The golden text of every message is read by its test at run time, not bundled.
        .testTarget(
            name: "PartyBuildingTests", dependencies: ["PartyBuilding"], exclude: ["Messages/messages.golden.txt"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "PartyBuildingStoreTests",
            dependencies: [
                "PartyBuilding", "PartyBuildingStoreTesting", "PartyBuildingStoreConformance", "PartyBuildingSynthetic",
                "store-worker",
            ],
            // Data files the tests read by path: the checked-in version-1 document.
            exclude: ["Fixtures"], swiftSettings: strictSettings),
        // A child process the store tests spawn: concurrent writers and a save loop killed with SIGKILL.
        .executableTarget(
            name: "store-worker", dependencies: ["PartyBuilding"], path: "Tests/StoreWorker",
            swiftSettings: strictSettings),
        // Runs the example programs and checks what they print.
        .testTarget(
            name: "ExampleTests", dependencies: ["audit", "funds", "space", "what-if", "workforce", "dues", "due"],
            exclude: ["Golden"], swiftSettings: strictSettings),
        .testTarget(
            name: "PartyBuildingReportsTests", dependencies: ["PartyBuildingReports", "PartyBuilding"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "PartyBuildingSyntheticTests", dependencies: ["PartyBuilding", "PartyBuildingSynthetic"],
            swiftSettings: strictSettings),
    ]
)
