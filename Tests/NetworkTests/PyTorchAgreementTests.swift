import SeamScanNetwork
import Testing

/// The Swift network against PyTorch (CPU, eval mode) on the fixtures of Scripts/make-network-fixtures.py:
/// three random networks covering every layer kind, batch norm folded by the exporter.
@Suite struct PyTorchAgreementTests {
  @Test func theFixturesCoverEveryNetwork() throws {
    let networks = Set(try PyTorchFixture.all().map(\.network))
    #expect(networks == ["plain.seamnet", "depthwise.seamnet", "meso.seamnet"])
  }

  @Test(arguments: try PyTorchFixture.all())
  func outputMatchesPyTorch(_ fixture: PyTorchFixture) throws {
    let network = try fixture.loadNetwork()
    let output = try network.run(try fixture.loadInput())
    let expected = try fixture.loadExpected()
    try #require(output.values.count == expected.count)
    let difference = zip(output.values, expected).map { abs($0 - $1) }.max() ?? .infinity
    #expect(difference <= 1e-4, "max abs difference \(difference) on \(fixture.input)")
  }
}
