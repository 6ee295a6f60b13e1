import SeamScanNetwork
import Testing

/// The same input gives bit-identical output, run after run and while other runs share the machine.
@Suite struct DeterminismTests {
  func bits(_ tensor: Tensor) -> [UInt32] { tensor.values.map(\.bitPattern) }

  @Test func twoRunsAreBitIdentical() throws {
    for fixture in try PyTorchFixture.all() {
      let network = try fixture.loadNetwork()
      let input = try fixture.loadInput()
      #expect(bits(try network.run(input)) == bits(try network.run(input)), "\(fixture.input)")
    }
  }

  @Test func concurrentRunsAreBitIdentical() async throws {
    let fixture = try #require(try PyTorchFixture.all().first { $0.network == "meso.seamnet" })
    let network = try fixture.loadNetwork()
    let input = try fixture.loadInput()
    let alone = bits(try network.run(input))
    let together = try await withThrowingTaskGroup(of: [UInt32].self) { group in
      for _ in 0..<4 { group.addTask { bits(try network.run(input)) } }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(together.allSatisfy { $0 == alone })
  }
}
