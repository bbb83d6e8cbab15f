// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/tiff/jpegtiledecoder.h"

#include <algorithm>
#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE
#include <cstring>
#include <vector>

#include <jpeglib.h>

namespace oncoview::slide::tiff {

namespace {

// Words 0xAARRGGBB in memory order: B, G, R, A on little-endian machines.
constexpr J_COLOR_SPACE kArgb32Order
    = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? JCS_EXT_BGRA : JCS_EXT_ARGB;

// libjpeg reports fatal errors through error_exit, which must not return: jump back to the
// decode call. No C++ object with a destructor lives between setjmp and the jump.
struct ErrorManager
{
    jpeg_error_mgr base;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

void onFatalError(j_common_ptr cinfo)
{
    auto *manager = reinterpret_cast<ErrorManager *>(cinfo->err);
    (*cinfo->err->format_message)(cinfo, manager->message);
    std::longjmp(manager->jump, 1);
}

void onMessage(j_common_ptr, int) { } // warnings (e.g. extraneous bytes) are not errors

// Reads the tables and the tile, then `height` scanlines at most; returns the rows written.
int decode(jpeg_decompress_struct &cinfo, const JpegTileRequest &request, uint8_t *pixels,
           int width, int height, size_t stride, std::vector<uint8_t> &row)
{
    if (request.tables && request.tablesSize > 0) {
        // An abbreviated table-specification stream: loads the shared tables only.
        jpeg_mem_src(&cinfo, request.tables, static_cast<unsigned long>(request.tablesSize));
        jpeg_read_header(&cinfo, FALSE);
    }
    jpeg_mem_src(&cinfo, request.data, static_cast<unsigned long>(request.dataSize));
    jpeg_read_header(&cinfo, TRUE);
    if (cinfo.num_components == 3 && !cinfo.saw_JFIF_marker && !cinfo.saw_Adobe_marker) {
        cinfo.jpeg_color_space = request.photometric == 2 ? JCS_RGB : JCS_YCbCr;
    }
    cinfo.out_color_space = kArgb32Order;
    cinfo.scale_num = 1;
    cinfo.scale_denom = unsigned(request.scaleDenominator);
    jpeg_start_decompress(&cinfo);
    const int rows = std::min<int>(height, int(cinfo.output_height));
    const size_t rowBytes = size_t(std::min<int>(width, int(cinfo.output_width))) * 4;
    const bool direct = int(cinfo.output_width) <= width;
    if (!direct) {
        row.resize(size_t(cinfo.output_width) * 4);
    }
    while (int(cinfo.output_scanline) < rows) {
        uint8_t *target = pixels + size_t(cinfo.output_scanline) * stride;
        JSAMPROW line = direct ? target : row.data();
        jpeg_read_scanlines(&cinfo, &line, 1);
        if (!direct) {
            std::memcpy(target, row.data(), rowBytes);
        }
    }
    return rows;
}

} // namespace

bool decodeJpegTile(const JpegTileRequest &request, uint8_t *pixels, int width, int height,
                    size_t stride, std::string *error)
{
    const int scale = request.scaleDenominator;
    if (!request.data || request.dataSize == 0
        || (scale != 1 && scale != 2 && scale != 4 && scale != 8)) {
        if (error) {
            *error = "empty JPEG tile";
        }
        return false;
    }
    std::vector<uint8_t> row; // only for tiles wider than the output (padded edge tiles)
    jpeg_decompress_struct cinfo {};
    ErrorManager errors {};
    cinfo.err = jpeg_std_error(&errors.base);
    errors.base.error_exit = &onFatalError;
    errors.base.emit_message = &onMessage;
    if (setjmp(errors.jump) != 0) {
        jpeg_destroy_decompress(&cinfo);
        if (error) {
            *error = std::string("JPEG tile: ") + errors.message;
        }
        return false;
    }
    jpeg_create_decompress(&cinfo);
    decode(cinfo, request, pixels, width, height, stride, row);
    // Stopping before the last scanline of a padded tile is not an error: abort, not finish.
    jpeg_abort_decompress(&cinfo);
    jpeg_destroy_decompress(&cinfo);
    return true;
}

} // namespace oncoview::slide::tiff
