import Foundation
import SeamScanRecords

/// Where the face models live, and which Debian package installs each.
///
/// Models are never downloaded: they come from `opencv-data` and
/// `libdlib-data`. `--models DIR` or `SEAMSCAN_MODELS` points at a folder
/// holding the same file names instead (for example a verified copy).
public struct FaceModelFiles: Sendable, Equatable {
  public struct File: Sendable, Equatable {
    public var role: ModelRole
    public var url: URL
    public var debianPackage: String
  }

  public var frontal: File
  public var profile: File
  public var survey: File
  public var landmarks: File

  public var all: [File] { [frontal, profile, survey, landmarks] }

  public static let environmentVariable = "SEAMSCAN_MODELS"
  static let frontalName = "haarcascade_frontalface_alt2.xml"
  static let profileName = "haarcascade_profileface.xml"
  static let surveyName = "lbpcascade_frontalface.xml"
  static let landmarksName = "shape_predictor_68_face_landmarks.dat"

  /// `folder` (from `--models`) wins over the environment, which wins over Debian's paths.
  public init(folder: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
    func locate(_ name: String, debianFolder: String) -> URL {
      if let folder = folder ?? environment[Self.environmentVariable] {
        return URL(fileURLWithPath: folder).appendingPathComponent(name)
      }
      return URL(fileURLWithPath: debianFolder).appendingPathComponent(name)
    }
    frontal = File(
      role: .frontal, url: locate(Self.frontalName, debianFolder: "/usr/share/opencv4/haarcascades"),
      debianPackage: "opencv-data")
    profile = File(
      role: .profile, url: locate(Self.profileName, debianFolder: "/usr/share/opencv4/haarcascades"),
      debianPackage: "opencv-data")
    survey = File(
      role: .survey, url: locate(Self.surveyName, debianFolder: "/usr/share/opencv4/lbpcascades"),
      debianPackage: "opencv-data")
    landmarks = File(
      role: .landmarks, url: locate(Self.landmarksName, debianFolder: "/usr/share/dlib"),
      debianPackage: "libdlib-data")
  }

  /// Throws a message naming the package to install for the first missing file.
  public func checkPresent() throws {
    for file in all where !FileManager.default.isReadableFile(atPath: file.url.path) {
      throw FaceModelError(
        message: "face model \(file.url.path) is missing: install the Debian package \(file.debianPackage) "
          + "(apt-get install \(file.debianPackage)) or point --models / \(Self.environmentVariable) at a folder holding "
          + file.url.lastPathComponent)
    }
  }
}

public struct FaceModelError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public var description: String { message }

  public init(message: String) {
    self.message = message
  }
}
