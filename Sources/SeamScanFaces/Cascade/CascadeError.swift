/// Why a cascade file could not be loaded; `description` is meant for people.
public struct CascadeError: Error, Sendable, CustomStringConvertible {
  public let description: String

  init(_ description: String) {
    self.description = description
  }
}
