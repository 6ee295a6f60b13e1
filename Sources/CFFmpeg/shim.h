// Re-exports FFmpeg macros and side-data helpers that Swift cannot import.
#ifndef SEAMSCAN_CFFMPEG_SHIM_H
#define SEAMSCAN_CFFMPEG_SHIM_H

#include <errno.h>
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

#endif
