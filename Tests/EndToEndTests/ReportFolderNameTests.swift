import Foundation
import SeamScanTestSupport
import Testing

/// `seamscan report` reads a scan folder by the exact bytes of its name, as `scan` wrote it.
@Suite final class ReportFolderNameTests {
  private let folder: URL

  init() throws {
    folder = try GeneratedMedia.makeFolder("report-folder-name")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  @Test("a scan folder whose name is not UTF-8 is reported")
  func aFolderNameThatIsNotUTF8IsRead() throws {
    let still = SampleMedia.folder.appendingPathComponent("astronaut.jpg").path
    let result = try SeamScanBinary.shell(
      #""$SEAMSCAN" scan --quiet --output-dir "$(printf 'scan\351')" '"# + still + #"' && "#
        + #""$SEAMSCAN" report "$(printf 'scan\351')" --output "$(printf 'report\351')""#, in: folder)
    #expect(result.status == 0, "\(result.standardError)")
    let listing = try Command.run("/bin/ls", ["-b", folder.path]).standardOutput
    #expect(listing == "report\\351\nscan\\351\n")
    #expect(result.standardOutput.hasSuffix("index.html\n"))
  }
}
