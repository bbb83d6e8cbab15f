// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/demoslidewriter.h"

#include "viewers/slide/jpegtileencoder.h"

#include <tiffio.h>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

namespace oncoview::slide {

namespace {

struct LevelPlan
{
    int width = 0;
    int height = 0;
    double downsample = 1.0;
    int tilesAcross = 0;
    int tilesDown = 0;
};

struct Job
{
    int level = 0;
    int column = 0;
    int row = 0;
};

std::vector<LevelPlan> planLevels(const DemoSlideOptions &o)
{
    std::vector<LevelPlan> levels;
    for (int l = 0;; ++l) {
        LevelPlan plan;
        const double scale = std::ldexp(1.0, l);
        plan.width = int(std::ceil(o.width / scale));
        plan.height = int(std::ceil(o.height / scale));
        plan.downsample = scale;
        plan.tilesAcross = (plan.width + o.tileSize - 1) / o.tileSize;
        plan.tilesDown = (plan.height + o.tileSize - 1) / o.tileSize;
        levels.push_back(plan);
        if (std::max(plan.width, plan.height) < 1000 || l > 30) {
            return levels;
        }
    }
}

std::string format(const char *pattern, double a, double b = 0, double c = 0, double d = 0)
{
    char text[512];
    std::snprintf(text, sizeof text, pattern, a, b, c, d);
    return text;
}

// Renders and encodes tiles on worker threads; the writer takes them back in file order.
// A bounded window of slots keeps memory flat however large the slide is.
class TilePipeline
{
public:
    static constexpr size_t kWindow = 512;

    TilePipeline(const DemoTissue &tissue, const std::vector<LevelPlan> &levels,
                 const DemoSlideOptions &options)
        : m_tissue(tissue)
        , m_levels(levels)
        , m_options(options)
        , m_slots(kWindow)
    {
        for (int l = 0; l < int(levels.size()); ++l) {
            for (int r = 0; r < levels[size_t(l)].tilesDown; ++r) {
                for (int c = 0; c < levels[size_t(l)].tilesAcross; ++c) {
                    m_jobs.push_back({l, c, r});
                }
            }
        }
    }

    ~TilePipeline() { stop(); }

    const std::vector<Job> &jobs() const { return m_jobs; }

    void start(int threads)
    {
        for (int i = 0; i < std::max(1, threads); ++i) {
            m_threads.emplace_back([this] { work(); });
        }
    }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        for (std::thread &thread : m_threads) {
            thread.join();
        }
        m_threads.clear();
    }

    // Writer thread: waits for job `index` (in order). `background` means "the shared glass tile".
    bool take(size_t index, std::vector<uint8_t> *data, bool *background, std::string *error)
    {
        std::unique_lock lock(m_mutex);
        Slot &slot = m_slots[index % kWindow];
        m_changed.wait(lock, [&] { return slot.ready || !m_error.empty(); });
        if (!m_error.empty()) {
            *error = m_error;
            return false;
        }
        data->swap(slot.data);
        *background = slot.background;
        slot.ready = false;
        ++m_taken;
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

private:
    struct Slot
    {
        std::vector<uint8_t> data;
        bool background = false;
        bool ready = false;
    };

    void work()
    {
        const int tile = m_options.tileSize;
        JpegTileEncoder encoder(m_options.jpegQuality);
        std::vector<uint8_t> rgb(size_t(tile) * tile * 3);
        std::vector<uint8_t> encoded;
        for (;;) {
            size_t index = 0;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] {
                    return m_stopping || m_next >= m_jobs.size() || m_next < m_taken + kWindow;
                });
                if (m_stopping || m_next >= m_jobs.size() || !m_error.empty()) {
                    return;
                }
                index = m_next++;
            }
            const Job &job = m_jobs[index];
            const double ds = m_levels[size_t(job.level)].downsample;
            // Edge tiles are full size too (TIFF pads them); the padding shows glass.
            const bool tissue
                = m_tissue.render(ds, double(job.column) * tile * ds, double(job.row) * tile * ds,
                                  tile, tile, rgb.data());
            std::string error;
            const bool ok = !tissue || encoder.encode(rgb.data(), tile, tile, &encoded, &error);
            std::lock_guard lock(m_mutex);
            if (!ok) {
                m_error = error;
            }
            Slot &slot = m_slots[index % kWindow];
            slot.background = !tissue;
            slot.data.swap(encoded);
            slot.ready = true;
            m_changed.notify_all();
        }
    }

    const DemoTissue &m_tissue;
    const std::vector<LevelPlan> &m_levels;
    const DemoSlideOptions &m_options;
    std::vector<Job> m_jobs;
    std::vector<Slot> m_slots;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    size_t m_next = 0;
    size_t m_taken = 0;
    bool m_stopping = false;
    std::string m_error;
};

void setLevelTags(TIFF *tif, const LevelPlan &level, const DemoSlideOptions &o,
                  const std::string &description, const std::vector<uint8_t> &tables)
{
    const float pixelsPerCm = float(1e4 / (o.micronsPerPixel * level.downsample));
    TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(level.width));
    TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(level.height));
    TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, uint16_t(8));
    TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, uint16_t(3));
    TIFFSetField(tif, TIFFTAG_PLANARCONFIG, uint16_t(PLANARCONFIG_CONTIG));
    TIFFSetField(tif, TIFFTAG_COMPRESSION, uint16_t(COMPRESSION_JPEG));
    TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, uint16_t(PHOTOMETRIC_YCBCR));
    TIFFSetField(tif, TIFFTAG_YCBCRSUBSAMPLING, uint16_t(2), uint16_t(2));
    TIFFSetField(tif, TIFFTAG_TILEWIDTH, uint32_t(o.tileSize));
    TIFFSetField(tif, TIFFTAG_TILELENGTH, uint32_t(o.tileSize));
    TIFFSetField(tif, TIFFTAG_XRESOLUTION, pixelsPerCm);
    TIFFSetField(tif, TIFFTAG_YRESOLUTION, pixelsPerCm);
    TIFFSetField(tif, TIFFTAG_RESOLUTIONUNIT, uint16_t(RESUNIT_CENTIMETER));
    TIFFSetField(tif, TIFFTAG_IMAGEDESCRIPTION, description.c_str());
    TIFFSetField(tif, TIFFTAG_SOFTWARE, "OncoView demo slide writer");
    TIFFSetField(tif, TIFFTAG_JPEGTABLES, uint32_t(tables.size()), tables.data());
}

// A stripped RGB directory that OpenSlide's Aperio reader lists as associated image `name`
// (the second line of its ImageDescription starts with the name). OpenSlide 3.4.1 splits that
// description on '\r' and '\n' separately, so a "\r\n" would make the name empty: use '\n'.
bool writeAssociated(TIFF *tif, const char *name, int width, int height,
                     const std::vector<uint8_t> &rgb, std::string *error)
{
    const std::string description = std::string("Aperio Image Library OncoView-demo\n") + name + " "
        + std::to_string(width) + "x" + std::to_string(height);
    TIFFSetField(tif, TIFFTAG_SUBFILETYPE, uint32_t(FILETYPE_REDUCEDIMAGE));
    TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(width));
    TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(height));
    TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, uint16_t(8));
    TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, uint16_t(3));
    TIFFSetField(tif, TIFFTAG_PLANARCONFIG, uint16_t(PLANARCONFIG_CONTIG));
    TIFFSetField(tif, TIFFTAG_COMPRESSION, uint16_t(COMPRESSION_LZW));
    TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, uint16_t(PHOTOMETRIC_RGB));
    TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, uint32_t(16));
    TIFFSetField(tif, TIFFTAG_IMAGEDESCRIPTION, description.c_str());
    for (int y = 0; y < height; ++y) {
        auto *row = const_cast<uint8_t *>(rgb.data() + size_t(y) * width * 3);
        if (TIFFWriteScanline(tif, row, uint32_t(y), 0) < 0) {
            *error = std::string("cannot write the ") + name + " image";
            return false;
        }
    }
    if (!TIFFWriteDirectory(tif)) {
        *error = std::string("cannot write the ") + name + " directory";
        return false;
    }
    return true;
}

// Label: white paper with a seeded barcode. Macro: the glass slide seen from above.
bool writeAssociatedImages(TIFF *tif, const DemoTissue &tissue, const DemoSlideOptions &o,
                           std::string *error)
{
    const int labelW = 600;
    const int labelH = 400;
    std::vector<uint8_t> label(size_t(labelW) * labelH * 3, 250);
    uint64_t bits = o.seed * 0x9E3779B97F4A7C15ULL + 1;
    for (int x = 60; x < labelW - 60; x += 6) {
        bits = bits * 6364136223846793005ULL + 1442695040888963407ULL;
        const int bar = (bits >> 60) & 1 ? 4 : 2;
        for (int y = 80; y < 240; ++y) {
            for (int dx = 0; dx < bar; ++dx) {
                std::fill_n(label.begin() + (size_t(y) * labelW + x + dx) * 3, 3, uint8_t(20));
            }
        }
    }
    const int slideW = 1000;
    const int slideH = std::max(1, int(std::lround(double(o.height) * slideW / o.width)));
    const int macroW = slideW + 280;
    std::vector<uint8_t> slide(size_t(slideW) * slideH * 3);
    tissue.render(double(o.width) / slideW, 0, 0, slideW, slideH, slide.data());
    std::vector<uint8_t> macro(size_t(macroW) * slideH * 3, 200);
    for (int y = 0; y < slideH; ++y) {
        std::copy_n(slide.begin() + size_t(y) * slideW * 3, slideW * 3,
                    macro.begin() + (size_t(y) * macroW + 280) * 3);
    }
    return writeAssociated(tif, "label", labelW, labelH, label, error)
        && writeAssociated(tif, "macro", macroW, slideH, macro, error);
}

bool writeLevels(TIFF *tif, const DemoTissue &tissue, const std::vector<LevelPlan> &levels,
                 const DemoSlideOptions &o, std::string *error)
{
    JpegTileEncoder encoder(o.jpegQuality);
    std::vector<uint8_t> tables;
    std::vector<uint8_t> glass;
    std::vector<uint8_t> glassRgb(size_t(o.tileSize) * o.tileSize * 3);
    tissue.render(1.0, -1e9, -1e9, o.tileSize, o.tileSize, glassRgb.data());
    if (!encoder.tables(&tables, error)
        || !encoder.encode(glassRgb.data(), o.tileSize, o.tileSize, &glass, error)) {
        return false;
    }
    TilePipeline pipeline(tissue, levels, o);
    pipeline.start(o.threads);
    const std::vector<Job> &jobs = pipeline.jobs();
    std::vector<uint8_t> data;
    for (size_t i = 0; i < jobs.size(); ++i) {
        const Job &job = jobs[i];
        if (i == 0 || job.level != jobs[i - 1].level) {
            if (i > 0 && !TIFFWriteDirectory(tif)) {
                *error = "cannot write a TIFF directory (disk full?)";
                return false;
            }
            const LevelPlan &level = levels[size_t(job.level)];
            const std::string description = job.level == 0
                ? demoAperioDescription(o)
                : format("Aperio Image Library OncoView-demo\r\n%.0fx%.0f -> %.0fx%.0f", o.width,
                         o.height, level.width, level.height);
            setLevelTags(tif, level, o, description, tables);
        }
        if (o.cancel && o.cancel->load()) {
            *error = "cancelled";
            return false;
        }
        bool background = false;
        if (!pipeline.take(i, &data, &background, error)) {
            return false;
        }
        const std::vector<uint8_t> &bytes = background ? glass : data;
        const uint32_t tile
            = uint32_t(job.row * levels[size_t(job.level)].tilesAcross + job.column);
        if (TIFFWriteRawTile(tif, tile, const_cast<uint8_t *>(bytes.data()), tmsize_t(bytes.size()))
            < 0) {
            *error = "cannot write a tile (disk full?)";
            return false;
        }
        if (o.progress && i % 512 == 0) {
            o.progress(0.98 * double(i) / double(jobs.size()));
        }
    }
    if (!TIFFWriteDirectory(tif)) {
        *error = "cannot write the last level's TIFF directory";
        return false;
    }
    return true;
}

} // namespace

std::string demoAperioDescription(const DemoSlideOptions &o)
{
    // OpenSlide's Aperio reader wants the "Aperio" prefix; "key = value" pairs after '|'
    // become aperio.* properties, and AppMag/MPP become objective-power and mpp-x/y.
    return format("Aperio Image Library OncoView-demo\r\n%.0fx%.0f [0,0 %.0fx%.0f]", o.width,
                  o.height, o.width, o.height)
        + format(" (%.0fx%.0f) JPEG Q=%.0f", o.tileSize, o.tileSize, o.jpegQuality)
        + format("|AppMag = %.0f|MPP = %g", o.objectivePower, o.micronsPerPixel);
}

std::vector<std::vector<DemoPoint>> demoTumourOutlines(const DemoSlideOptions &options,
                                                       int vertices)
{
    const DemoTissue tissue(options.width, options.height, options.seed);
    std::vector<std::vector<DemoPoint>> outlines;
    for (const DemoBlob &tumour : tissue.tumours()) {
        outlines.push_back(tumour.outline(vertices));
    }
    return outlines;
}

bool writeDemoSlide(const std::string &path, std::string *error, const DemoSlideOptions &options)
{
    std::string ignored;
    std::string &why = error ? *error : ignored;
    if (options.width < 16 || options.height < 16 || options.tileSize < 16
        || options.tileSize % 16 != 0 || options.micronsPerPixel <= 0) {
        why = "invalid demo slide options";
        return false;
    }
    // JPEG keeps the default slide near 100 MB; only a gigantic level 0 needs 64-bit offsets.
    const bool big = double(options.width) * options.height > 4e9;
    TIFF *tif = TIFFOpen(path.c_str(), big ? "w8" : "w");
    if (!tif) {
        why = "cannot create " + path;
        return false;
    }
    const DemoTissue tissue(options.width, options.height, options.seed);
    const std::vector<LevelPlan> levels = planLevels(options);
    bool ok = writeLevels(tif, tissue, levels, options, &why);
    ok = ok && (!options.associatedImages || writeAssociatedImages(tif, tissue, options, &why));
    TIFFClose(tif);
    if (ok && options.progress) {
        options.progress(1.0);
    }
    return ok;
}

} // namespace oncoview::slide
