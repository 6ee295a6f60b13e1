/// OpenCV's `cvRound`: round half to even, as the SSE conversion does.
/// Swift's plain `.rounded()` rounds half away from zero, which moves boxes.
@inline(__always)
func cvRound(_ value: Double) -> Int {
  Int(value.rounded(.toNearestOrEven))
}

@inline(__always)
func cvRound(_ value: Float) -> Int {
  Int(value.rounded(.toNearestOrEven))
}
