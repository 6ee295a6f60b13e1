// Re-exports FFmpeg macros and side-data helpers that Swift cannot import.
#ifndef SEAMSCAN_CFFMPEG_SHIM_H
#define SEAMSCAN_CFFMPEG_SHIM_H

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include <libavformat/avformat.h>
#include <libavcodec/avcodec.h>
#include <libswscale/swscale.h>
#include <libavutil/avutil.h>
#include <libavutil/display.h>
#include <libavutil/imgutils.h>
#include <libavutil/pixdesc.h>
#include <libavutil/opt.h>

static const int cff_AVERROR_EAGAIN = AVERROR(EAGAIN);
static const int cff_AVERROR_EOF = AVERROR_EOF;
static const int cff_AVERROR_DECODER_NOT_FOUND = AVERROR_DECODER_NOT_FOUND;
static const int64_t cff_AV_NOPTS_VALUE = AV_NOPTS_VALUE;

/// The stream-level display matrix (FFmpeg 5.1 API), or NULL.
static inline const int32_t *cff_stream_display_matrix(const AVStream *st) {
  size_t size = 0;
  const uint8_t *sd = av_stream_get_side_data(st, AV_PKT_DATA_DISPLAYMATRIX, &size);
  return (sd && size >= 9 * sizeof(int32_t)) ? (const int32_t *)sd : NULL;
}

/// The frame-level display matrix (from SEI), or NULL.
static inline const int32_t *cff_frame_display_matrix(const AVFrame *frame) {
  AVFrameSideData *sd = av_frame_get_side_data(frame, AV_FRAME_DATA_DISPLAYMATRIX);
  return (sd && sd->size >= 9 * sizeof(int32_t)) ? (const int32_t *)sd->data : NULL;
}

/// A readable message for an FFmpeg error code, written into `buffer`.
static inline const char *cff_error_string(int code, char *buffer, size_t size) {
  av_strerror(code, buffer, size);
  return buffer;
}

/// Silences FFmpeg's own log chatter on stderr: errors are reported in records.
static inline void cff_quiet_logs(void) { av_log_set_level(AV_LOG_QUIET); }

// MARK: - Reading evidence through a descriptor SeamScan opened itself

/// The file behind a custom AVIOContext: FFmpeg reads the very descriptor SeamScan checked and
/// hashed, with pread, so no second open() can meet a different file, a FIFO or a device.
typedef struct {
  int fd;
  int64_t position;
  int64_t size;
} cff_fd_source;

static int cff_fd_read(void *opaque, uint8_t *buffer, int size) {
  cff_fd_source *source = (cff_fd_source *)opaque;
  for (;;) {
    ssize_t count = pread(source->fd, buffer, (size_t)size, (off_t)source->position);
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) return AVERROR(errno);
    if (count == 0) return AVERROR_EOF;
    source->position += count;
    return (int)count;
  }
}

static int64_t cff_fd_seek(void *opaque, int64_t offset, int whence) {
  cff_fd_source *source = (cff_fd_source *)opaque;
  int64_t target;
  switch (whence & ~AVSEEK_FORCE) {
  case AVSEEK_SIZE: return source->size;
  case SEEK_SET: target = offset; break;
  case SEEK_CUR: target = source->position + offset; break;
  case SEEK_END: target = source->size + offset; break;
  default: return AVERROR(EINVAL);
  }
  if (target < 0) return AVERROR(EINVAL);
  source->position = target;
  return target;
}

/// A read-only AVIOContext over `fd` (a regular file of `size` bytes), or NULL when out of memory.
static inline AVIOContext *cff_fd_avio_open(int fd, int64_t size) {
  const int bufferSize = 1 << 15;
  cff_fd_source *source = (cff_fd_source *)av_mallocz(sizeof(cff_fd_source));
  unsigned char *buffer = (unsigned char *)av_malloc(bufferSize);
  if (!source || !buffer) {
    av_free(source);
    av_free(buffer);
    return NULL;
  }
  source->fd = fd;
  source->size = size;
  AVIOContext *context = avio_alloc_context(buffer, bufferSize, 0, source, cff_fd_read, NULL, cff_fd_seek);
  if (!context) {
    av_free(source);
    av_free(buffer);
    return NULL;
  }
  return context;
}

/// Frees a context made by cff_fd_avio_open (not the descriptor, which its owner closes).
static inline void cff_fd_avio_close(AVIOContext **context) {
  if (!context || !*context) return;
  av_freep(&(*context)->opaque);
  av_freep(&(*context)->buffer);
  avio_context_free(context);
}

// MARK: - A byte limit on decoded pictures, checked before their memory is allocated

/// Shared by a decoder and its frame threads through AVCodecContext.opaque.
typedef struct {
  int64_t max_bytes;
  int rejected_width;
  int rejected_height;
  int rejected_format;
} cff_picture_limit;

/// get_buffer2 that refuses pictures whose buffers would exceed the limit, and remembers the
/// first one refused so the error can name its size. Frame threads call it concurrently.
static int cff_limited_get_buffer2(AVCodecContext *context, AVFrame *frame, int flags) {
  cff_picture_limit *limit = (cff_picture_limit *)context->opaque;
  if (limit && context->codec_type == AVMEDIA_TYPE_VIDEO) {
    int size = av_image_get_buffer_size((enum AVPixelFormat)frame->format, frame->width, frame->height, 1);
    if (size < 0 || (int64_t)size > limit->max_bytes) {
      int none = 0;
      if (__atomic_compare_exchange_n(&limit->rejected_width, &none, frame->width > 0 ? frame->width : -1, 0,
                                      __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
        __atomic_store_n(&limit->rejected_height, frame->height, __ATOMIC_SEQ_CST);
        __atomic_store_n(&limit->rejected_format, frame->format, __ATOMIC_SEQ_CST);
      }
      return AVERROR(ENOMEM);
    }
  }
  return avcodec_default_get_buffer2(context, frame, flags);
}

/// Installs the limit on a decoder context before avcodec_open2; `limit` must outlive the decoder.
static inline void cff_install_picture_limit(AVCodecContext *context, cff_picture_limit *limit) {
  context->opaque = limit;
  context->get_buffer2 = cff_limited_get_buffer2;
}

/// The limit's record of a refused picture: width (0 when none), height and pixel format.
static inline int cff_picture_limit_rejected(cff_picture_limit *limit, int *height, int *format) {
  int width = __atomic_load_n(&limit->rejected_width, __ATOMIC_SEQ_CST);
  *height = __atomic_load_n(&limit->rejected_height, __ATOMIC_SEQ_CST);
  *format = __atomic_load_n(&limit->rejected_format, __ATOMIC_SEQ_CST);
  return width;
}

/// Sets an integer option in the per-stream option dictionaries avformat_find_stream_info takes.
static inline AVDictionary **cff_stream_options(unsigned count, const char *key, int64_t value) {
  AVDictionary **options = (AVDictionary **)av_calloc(count ? count : 1, sizeof(AVDictionary *));
  if (!options) return NULL;
  for (unsigned i = 0; i < count; i++) av_dict_set_int(&options[i], key, value, 0);
  return options;
}

static inline void cff_free_stream_options(AVDictionary ***options, unsigned count) {
  if (!options || !*options) return;
  for (unsigned i = 0; i < count; i++) av_dict_free(&(*options)[i]);
  av_freep(options);
}

#endif
