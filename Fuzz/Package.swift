// swift-tools-version:6.0
// The content loader and the Markdown renderer under libFuzzer. Built by scripts/fuzz with -sanitize=fuzzer,address;
// a separate package so the main build never links libFuzzer.
import PackageDescription

let package = Package(
    name: "QuarterlyFuzz",
    dependencies: [.package(name: "Quarterly", path: "..")],
    targets: [
        .target(name: "CLibFuzzer"),
        .executableTarget(
            name: "fuzz-content",
            dependencies: [
                "CLibFuzzer", .product(name: "QuarterlyContent", package: "Quarterly"),
                .product(name: "QuarterlyMarkdown", package: "Quarterly"),
            ]
        ),
    ]
)
