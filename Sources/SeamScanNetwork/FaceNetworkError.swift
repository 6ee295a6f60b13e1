/// Why a network or its weights file was refused; the message says what is wrong and where.
public struct FaceNetworkError: Error, CustomStringConvertible, Sendable, Equatable {
  public var message: String
  public var description: String { message }

  public init(_ message: String) {
    self.message = message
  }
}
