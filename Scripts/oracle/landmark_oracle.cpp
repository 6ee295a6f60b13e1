// Golden landmarks from the real libdlib 19.24 for SeamScan's Swift port.
//
// Usage: landmark_oracle MODEL.dat IMAGE.pgm
//
// Finds the faces in an 8-bit binary PGM with dlib's own HOG detector, then
// runs shape_predictor on each detected box and on a fixed set of shifted,
// scaled, off-by-one and partly-outside variants of it (the Swift predictor
// must match libdlib on any box, not only on good ones). Prints JSON:
//   {"width":W,"height":H,"faces":[{"box":{"left":..,"top":..,"right":..,
//    "bottom":..},"points":[[x,y],...]},...]}
// The image is read with the tiny reader below, not an image library, so the
// Swift test and dlib see exactly the same grey bytes.

#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>

#include <cmath>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

dlib::array2d<unsigned char> read_pgm(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string magic;
  long width = 0, height = 0, maxval = 0;
  in >> magic >> width >> height >> maxval;
  if (!in || magic != "P5" || maxval != 255 || width <= 0 || height <= 0)
    throw std::runtime_error(path + ": not an 8-bit binary PGM without comments");
  in.get();  // the single whitespace byte that ends the header
  dlib::array2d<unsigned char> image(height, width);
  for (long y = 0; y < height; ++y)
    in.read(reinterpret_cast<char*>(&image[y][0]), width);
  if (!in) throw std::runtime_error(path + ": pixel data is truncated");
  return image;
}

// A box with its centre moved by (dx, dy) sides and its sides scaled,
// rounded to whole pixels; dlib rectangles keep inclusive corners.
dlib::rectangle variant(const dlib::rectangle& box, double dx, double dy, double sx, double sy) {
  const double cx = (box.left() + box.right()) / 2.0 + dx * box.width();
  const double cy = (box.top() + box.bottom()) / 2.0 + dy * box.height();
  const long w = std::lround(box.width() * sx), h = std::lround(box.height() * sy);
  const long left = std::lround(cx - (w - 1) / 2.0), top = std::lround(cy - (h - 1) / 2.0);
  return dlib::rectangle(left, top, left + w - 1, top + h - 1);
}

std::vector<dlib::rectangle> test_boxes(const dlib::rectangle& face, long width, long height) {
  std::vector<dlib::rectangle> boxes = {
    face,
    variant(face, 0.10, 0.00, 1.00, 1.00),
    variant(face, -0.08, 0.05, 1.00, 1.00),
    variant(face, 0.00, -0.12, 1.00, 1.00),
    variant(face, 0.00, 0.00, 0.85, 0.85),
    variant(face, 0.03, 0.02, 1.20, 1.20),
    variant(face, 0.00, 0.00, 1.10, 0.90),
    // OpenCV's exclusive corners passed by mistake: one pixel larger.
    dlib::rectangle(face.left(), face.top(), face.right() + 1, face.bottom() + 1),
  };
  // Boxes hanging over each image edge exercise the "outside reads 0" rule.
  const long side = face.width();
  boxes.push_back(dlib::translate_rect(face, -face.left() - side / 3, 0));
  boxes.push_back(dlib::translate_rect(face, 0, -face.top() - side / 4));
  boxes.push_back(dlib::translate_rect(face, width - face.right() + side / 3, 0));
  boxes.push_back(dlib::translate_rect(face, 0, height - face.bottom() + side / 2));
  return boxes;
}

void print_face(const dlib::full_object_detection& shape, bool last) {
  const dlib::rectangle& r = shape.get_rect();
  std::cout << "  {\"box\":{\"left\":" << r.left() << ",\"top\":" << r.top() << ",\"right\":" << r.right()
            << ",\"bottom\":" << r.bottom() << "},\"points\":[";
  for (unsigned long i = 0; i < shape.num_parts(); ++i)
    std::cout << (i ? "," : "") << "[" << shape.part(i).x() << "," << shape.part(i).y() << "]";
  std::cout << "]}" << (last ? "" : ",") << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: landmark_oracle MODEL.dat IMAGE.pgm\n";
    return 2;
  }
  try {
    dlib::shape_predictor predictor;
    dlib::deserialize(argv[1]) >> predictor;
    const dlib::array2d<unsigned char> image = read_pgm(argv[2]);

    dlib::frontal_face_detector detector = dlib::get_frontal_face_detector();
    std::vector<dlib::rectangle> faces = detector(image);
    if (faces.empty()) {
      // Small faces: detect on a 2x image and halve the boxes, as dlib's examples do.
      dlib::array2d<unsigned char> doubled;
      dlib::assign_image(doubled, image);
      dlib::pyramid_up(doubled);
      for (const dlib::rectangle& r : detector(doubled))
        faces.push_back(dlib::rectangle(r.left() / 2, r.top() / 2, r.right() / 2, r.bottom() / 2));
    }
    if (faces.empty()) throw std::runtime_error(std::string(argv[2]) + ": dlib finds no face");

    std::vector<dlib::full_object_detection> shapes;
    for (const dlib::rectangle& face : faces)
      for (const dlib::rectangle& box : test_boxes(face, image.nc(), image.nr()))
        shapes.push_back(predictor(image, box));

    std::cout << "{\"width\":" << image.nc() << ",\"height\":" << image.nr() << ",\"faces\":[\n";
    for (size_t i = 0; i < shapes.size(); ++i) print_face(shapes[i], i + 1 == shapes.size());
    std::cout << "]}\n";
  } catch (const std::exception& e) {
    std::cerr << "landmark_oracle: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
