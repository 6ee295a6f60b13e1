// Golden-output oracle for SeamScan's pure-Swift cascade detector.
//
//   cascade_oracle images ASTRONAUT_PNG CAMERA_PNG FIXTURE_DIR
//       Writes the grey test images (binary PGM) both sides read.
//   cascade_oracle expect FIXTURE_DIR CASCADE_ROOT
//       Runs OpenCV's CascadeClassifier::detectMultiScale on those PGMs and
//       writes FIXTURE_DIR/expected.json.
//
// Both source images are public domain / CC0 (scikit-image's data folder).

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

cv::Mat loadGrey(const std::string& path) {
  cv::Mat colour = cv::imread(path, cv::IMREAD_COLOR);
  if (colour.empty()) throw std::runtime_error("cannot read " + path);
  cv::Mat grey;
  cv::cvtColor(colour, grey, cv::COLOR_BGR2GRAY);
  return grey;
}

cv::Mat shrunk(const cv::Mat& grey, int side) {
  cv::Mat out;
  cv::resize(grey, out, cv::Size(side, side), 0, 0, cv::INTER_AREA);
  return out;
}

void writePGM(const std::string& dir, const std::string& name, const cv::Mat& grey) {
  if (!cv::imwrite(dir + "/" + name, grey, {cv::IMWRITE_PXM_BINARY, 1}))
    throw std::runtime_error("cannot write " + name);
}

int makeImages(const std::string& astronautPath, const std::string& cameraPath, const std::string& dir) {
  const cv::Mat astronaut = loadGrey(astronautPath);
  const cv::Mat camera = loadGrey(cameraPath);

  // A 16:9 video frame with the portrait letterboxed in the middle.
  cv::Mat letterbox(360, 640, CV_8U, cv::Scalar(0));
  shrunk(astronaut, 360).copyTo(letterbox(cv::Rect(140, 0, 360, 360)));
  writePGM(dir, "astronaut_letterbox_640x360.pgm", letterbox);

  // A tighter crop where the face is large (~85 px).
  writePGM(dir, "astronaut_crop_320x240.pgm", shrunk(astronaut, 400)(cv::Rect(16, 0, 320, 240)).clone());

  // A small thumbnail: the face is close to the 24 px training window.
  writePGM(dir, "astronaut_small_200x200.pgm", shrunk(astronaut, 200));

  // Two faces of different sizes side by side.
  cv::Mat twoUp(240, 400, CV_8U, cv::Scalar(128));
  shrunk(astronaut, 240).copyTo(twoUp(cv::Rect(0, 0, 240, 240)));
  shrunk(astronaut, 160).copyTo(twoUp(cv::Rect(240, 40, 160, 160)));
  writePGM(dir, "astronaut_two_up_400x240.pgm", twoUp);

  // A face turned to the side, and its mirror image, for the profile cascades.
  const cv::Mat cameraSmall = shrunk(camera, 256);
  cv::Mat cameraMirrored;
  cv::flip(cameraSmall, cameraMirrored, 1);
  writePGM(dir, "camera_256.pgm", cameraSmall);
  writePGM(dir, "camera_mirrored_256.pgm", cameraMirrored);
  return 0;
}

struct Parameters {
  double scaleFactor;
  int minNeighbors;
  cv::Size minSize;
  cv::Size maxSize;
};

struct Case {
  std::string image;
  std::string cascade;
  Parameters parameters;
};

std::vector<Case> caseTable() {
  const std::vector<std::string> frontalCascades = {
      "haarcascades/haarcascade_frontalface_default.xml", "haarcascades/haarcascade_frontalface_alt2.xml",
      "lbpcascades/lbpcascade_frontalface.xml", "lbpcascades/lbpcascade_frontalface_improved.xml"};
  const std::string profileCascade = "haarcascades/haarcascade_profileface.xml";

  // OpenCV's defaults; the raw (ungrouped) windows of every level, which
  // check the evaluator and the pyramid window by window; a finer pyramid
  // with stricter grouping; a min/max size band with loose grouping.
  const Parameters defaults = {1.1, 3, {0, 0}, {0, 0}};
  const Parameters raw = {1.2, 0, {0, 0}, {0, 0}};
  const Parameters rawFine = {1.05, 0, {0, 0}, {0, 0}};
  const Parameters fine = {1.05, 5, {0, 0}, {0, 0}};
  const Parameters band = {1.1, 1, {30, 30}, {90, 90}};
  const std::vector<std::pair<std::string, std::vector<Parameters>>> frontalImages = {
      {"astronaut_letterbox_640x360.pgm", {defaults, raw, fine, band}},
      {"astronaut_crop_320x240.pgm", {defaults, raw, fine, band}},
      {"astronaut_small_200x200.pgm", {defaults, rawFine}},
      {"astronaut_two_up_400x240.pgm", {defaults, raw, band}},
  };

  std::vector<Case> cases;
  for (const auto& [image, parameterSets] : frontalImages)
    for (const auto& cascade : frontalCascades)
      for (const auto& parameters : parameterSets) cases.push_back({image, cascade, parameters});
  for (const std::string image : {"camera_256.pgm", "camera_mirrored_256.pgm"})
    for (const auto& parameters : {defaults, raw, fine}) cases.push_back({image, profileCascade, parameters});
  // A size band between two pyramid levels: OpenCV falls back to the level closest to minSize.
  cases.push_back({"astronaut_crop_320x240.pgm", "haarcascades/haarcascade_frontalface_default.xml",
                   {1.3, 0, {80, 80}, {80, 80}}});
  cases.push_back({"astronaut_crop_320x240.pgm", "haarcascades/haarcascade_frontalface_alt2.xml",
                   {1.1, 0, {90, 90}, {100, 100}}});
  return cases;
}

struct Detection {
  cv::Rect rect;
  int neighbours;
};

std::vector<Detection> detect(cv::CascadeClassifier& classifier, const cv::Mat& grey, const Parameters& p) {
  std::vector<cv::Rect> rects;
  std::vector<int> neighbours;
  classifier.detectMultiScale(grey, rects, neighbours, p.scaleFactor, p.minNeighbors, 0, p.minSize, p.maxSize);
  std::vector<cv::Rect> plain;
  classifier.detectMultiScale(grey, plain, p.scaleFactor, p.minNeighbors, 0, p.minSize, p.maxSize);
  if (plain.size() != rects.size()) throw std::runtime_error("the two detectMultiScale overloads disagree");

  std::vector<Detection> detections;
  for (size_t i = 0; i < rects.size(); i++) detections.push_back({rects[i], neighbours[i]});
  // OpenCV's order depends on its worker threads; sort so the fixture is stable.
  std::sort(detections.begin(), detections.end(), [](const Detection& a, const Detection& b) {
    return std::tie(a.rect.y, a.rect.x, a.rect.width, a.rect.height, a.neighbours) <
           std::tie(b.rect.y, b.rect.x, b.rect.width, b.rect.height, b.neighbours);
  });
  return detections;
}

int writeExpectations(const std::string& dir, const std::string& cascadeRoot) {
  std::ofstream json(dir + "/expected.json");
  json << "{\n  \"opencv\": \"" << CV_VERSION << "\",\n  \"cases\": [\n";
  const std::vector<Case> cases = caseTable();
  for (size_t c = 0; c < cases.size(); c++) {
    const Case& testCase = cases[c];
    cv::CascadeClassifier classifier;
    if (!classifier.load(cascadeRoot + "/" + testCase.cascade))
      throw std::runtime_error("cannot load " + testCase.cascade);
    const cv::Mat grey = cv::imread(dir + "/" + testCase.image, cv::IMREAD_GRAYSCALE);
    if (grey.empty()) throw std::runtime_error("cannot read " + testCase.image);

    const Parameters& p = testCase.parameters;
    const std::vector<Detection> detections = detect(classifier, grey, p);
    json << "    {\"image\": \"" << testCase.image << "\", \"cascade\": \"" << testCase.cascade << "\", "
         << "\"scaleFactor\": " << p.scaleFactor << ", \"minNeighbors\": " << p.minNeighbors << ", "
         << "\"minSize\": [" << p.minSize.width << ", " << p.minSize.height << "], "
         << "\"maxSize\": [" << p.maxSize.width << ", " << p.maxSize.height << "],\n"
         << "     \"boxes\": [";
    for (size_t i = 0; i < detections.size(); i++) {
      const Detection& d = detections[i];
      json << (i ? ", " : "") << "[" << d.rect.x << ", " << d.rect.y << ", " << d.rect.width << ", "
           << d.rect.height << ", " << d.neighbours << "]";
    }
    json << "]}" << (c + 1 < cases.size() ? "," : "") << "\n";
    std::printf("%-34s %-52s sf=%.2f mn=%d -> %zu boxes\n", testCase.image.c_str(), testCase.cascade.c_str(),
                p.scaleFactor, p.minNeighbors, detections.size());
  }
  json << "  ]\n}\n";
  return json.good() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const std::string command = argc > 1 ? argv[1] : "";
    if (command == "images" && argc == 5) return makeImages(argv[2], argv[3], argv[4]);
    if (command == "expect" && argc == 4) return writeExpectations(argv[2], argv[3]);
    std::cerr << "usage: cascade_oracle images ASTRONAUT_PNG CAMERA_PNG FIXTURE_DIR\n"
                 "       cascade_oracle expect FIXTURE_DIR CASCADE_ROOT\n";
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "cascade_oracle: " << error.what() << "\n";
    return 1;
  }
}
