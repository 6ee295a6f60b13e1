import Glibc

/// Messages for a person on standard error; a failure to write them is ignored (there is
/// nowhere left to report it), and never stops the program.
public enum StandardError {
  public static func write(_ text: String) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress! + offset, $0.count - offset) }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { return }
      offset += written
    }
  }

  /// Whether standard error is a terminal (a progress bar is drawn only then).
  public static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// The raw bytes of the command line, which `CommandLine.arguments` loses for names that are not UTF-8.
public enum CommandLineBytes {
  /// Every argument after the program name, as bytes.
  public static var arguments: [[UInt8]] {
    (1..<Int(CommandLine.argc)).map { index in
      guard let argument = CommandLine.unsafeArgv[index] else { return [] }
      return Array(UnsafeRawBufferPointer(start: argument, count: strlen(argument)))
    }
  }
}
