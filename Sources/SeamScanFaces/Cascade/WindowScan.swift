/// Slides the training window over one pyramid level in OpenCV's order
/// (`CascadeClassifierInvoker`), returning accepted window origins.
enum WindowScan {
  static func acceptedOrigins<Evaluator: WindowEvaluator>(
    _ evaluator: Evaluator, levelWidth: Int, levelHeight: Int, stride: Int,
    windowWidth: Int, windowHeight: Int, step: Int
  ) -> [(x: Int, y: Int)] {
    var origins: [(x: Int, y: Int)] = []
    let lastX = levelWidth - windowWidth
    let lastY = levelHeight - windowHeight
    guard lastX >= 0, lastY >= 0 else { return origins }
    for y in Swift.stride(from: 0, through: lastY, by: step) {
      var x = 0
      while x <= lastX {
        switch evaluator.evaluate(at: y * stride + x) {
        case .accepted: origins.append((x, y))
        // Live code in OpenCV: a window failing stage 0 also skips its right neighbour.
        case .rejectedAtFirstStage: x += step
        case .rejectedLater: break
        }
        x += step
      }
    }
    return origins
  }
}
