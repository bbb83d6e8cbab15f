// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/jpegtileencoder.h"

#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE
#include <cstdlib>
#include <jpeglib.h>

namespace oncoview::slide {

namespace {

struct ErrorManager
{
    jpeg_error_mgr base;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

// libjpeg's default error_exit calls exit(); jump back to the caller instead.
[[noreturn]] void onError(j_common_ptr cinfo)
{
    auto *manager = reinterpret_cast<ErrorManager *>(cinfo->err);
    (*cinfo->err->format_message)(cinfo, manager->message);
    std::longjmp(manager->jump, 1);
}

void takeBuffer(unsigned char *buffer, unsigned long size, std::vector<uint8_t> *out)
{
    out->assign(buffer, buffer + size);
    std::free(buffer);
}

} // namespace

struct JpegTileEncoder::State
{
    jpeg_compress_struct cinfo {};
    ErrorManager error {};
};

JpegTileEncoder::JpegTileEncoder(int quality)
    : m_state(std::make_unique<State>())
{
    jpeg_compress_struct &cinfo = m_state->cinfo;
    cinfo.err = jpeg_std_error(&m_state->error.base);
    m_state->error.base.error_exit = onError;
    jpeg_create_compress(&cinfo);
    cinfo.in_color_space = JCS_RGB;
    cinfo.input_components = 3;
    jpeg_set_defaults(&cinfo); // YCbCr, 2x2 luma sampling, standard Huffman tables
    jpeg_set_quality(&cinfo, quality, TRUE);
    cinfo.write_JFIF_header = FALSE; // TIFF carries the colour space (Photometric YCbCr)
}

JpegTileEncoder::~JpegTileEncoder()
{
    jpeg_destroy_compress(&m_state->cinfo);
}

bool JpegTileEncoder::tables(std::vector<uint8_t> *out, std::string *error)
{
    jpeg_compress_struct &cinfo = m_state->cinfo;
    unsigned char *buffer = nullptr;
    unsigned long size = 0;
    if (setjmp(m_state->error.jump)) {
        std::free(buffer);
        *error = std::string("JPEG tables: ") + m_state->error.message;
        return false;
    }
    jpeg_mem_dest(&cinfo, &buffer, &size);
    jpeg_write_tables(&cinfo);
    takeBuffer(buffer, size, out);
    return true;
}

bool JpegTileEncoder::encode(const uint8_t *rgb, int width, int height, std::vector<uint8_t> *out,
                             std::string *error)
{
    jpeg_compress_struct &cinfo = m_state->cinfo;
    unsigned char *buffer = nullptr;
    unsigned long size = 0;
    if (setjmp(m_state->error.jump)) {
        jpeg_abort_compress(&cinfo);
        std::free(buffer);
        *error = std::string("JPEG encoding: ") + m_state->error.message;
        return false;
    }
    cinfo.image_width = JDIMENSION(width);
    cinfo.image_height = JDIMENSION(height);
    jpeg_mem_dest(&cinfo, &buffer, &size);
    jpeg_suppress_tables(&cinfo, TRUE); // tables live in TIFFTAG_JPEGTABLES
    jpeg_start_compress(&cinfo, FALSE);
    while (cinfo.next_scanline < cinfo.image_height) {
        auto *row = const_cast<JSAMPROW>(rgb + size_t(cinfo.next_scanline) * width * 3);
        jpeg_write_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_compress(&cinfo);
    takeBuffer(buffer, size, out);
    return true;
}

} // namespace oncoview::slide
