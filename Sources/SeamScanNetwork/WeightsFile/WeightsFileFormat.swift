/// The face network weights file (`.seamnet`), version 1, all integers little-endian:
///
/// 1. 8 bytes of magic, `SEAMNET\n`;
/// 2. the format version, a UInt32;
/// 3. the header's length in bytes, a UInt32, then the header: UTF-8 JSON naming the input
///    (`channels`, `height`, `width`, per-channel `mean` and `std`) and each layer in order
///    (`kind` and its sizes; see `WeightsFileHeader`);
/// 4. every convolution's and dense layer's weights, then its biases, as Float32, in layer order;
///    nothing after them.
///
/// `Scripts/face_network_format.py` writes it from a PyTorch model, folding batch norm into
/// the convolution before it. Loading checks every size against the file and the shapes
/// against each other, and throws `FaceNetworkError` on any mismatch.
enum WeightsFileFormat {
  static let magic = Array("SEAMNET\n".utf8)
  static let version: UInt32 = 1
  static let maximumHeaderBytes = 1 << 20
  /// Larger files are refused before being read whole, so a wrong path cannot exhaust memory.
  static let maximumFileBytes = 256 << 20
}
