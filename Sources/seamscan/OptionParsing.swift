import ArgumentParser
import SeamScanRecords

/// The commands read their options' flags, help and accepted values from `SeamScanRecords.OptionTable`.
extension OptionSpec {
  var flag: NameSpecification { .customLong(name) }

  func validate(_ value: Value?) throws {
    if let problem = problem(with: value) { throw ValidationError(problem) }
  }
}

extension SwitchSpec {
  var flag: NameSpecification { .customLong(name) }
}
