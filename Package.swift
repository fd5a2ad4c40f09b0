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
    ],
    targets: [
        .target(name: "PartyBuilding", swiftSettings: strictSettings),
        .testTarget(
            name: "PartyBuildingTests",
            dependencies: ["PartyBuilding"],
            swiftSettings: strictSettings
        ),
    ]
)
