// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/tiff/tifflayout.h"

#include "viewers/slide/tilelimits.h"

#include <tiffio.h>

#include <algorithm>
#include <cstdlib>
#include <sstream>

namespace oncoview::slide::tiff {

namespace {

bool startsWith(const std::string &text, const std::string &prefix)
{
    return text.rfind(prefix, 0) == 0;
}

std::string trimmed(const std::string &text)
{
    const size_t first = text.find_first_not_of(" \t\r\n");
    const size_t last = text.find_last_not_of(" \t\r\n");
    return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

std::optional<double> number(const std::string &text)
{
    char *end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    return end != text.c_str() ? std::optional<double>(value) : std::nullopt;
}

// The value of attribute `name` in the first element that has it (OME-XML is machine-written:
// attributes are name="value" with double quotes).
std::optional<std::string> xmlAttribute(const std::string &xml, const std::string &name)
{
    const std::string key = " " + name + "=\"";
    const size_t at = xml.find(key);
    if (at == std::string::npos) {
        return std::nullopt;
    }
    const size_t begin = at + key.size();
    const size_t end = xml.find('"', begin);
    return end == std::string::npos ? std::nullopt
                                    : std::optional<std::string>(xml.substr(begin, end - begin));
}

std::optional<double> micrometresPerUnit(const std::string &unit)
{
    if (unit.empty() || unit == "\xC2\xB5m" || unit == "um" || unit == "\xCE\xBCm") {
        return 1.0; // OME's default unit is the micrometre (either µ code point)
    }
    if (unit == "nm") {
        return 1e-3;
    }
    if (unit == "mm") {
        return 1e3;
    }
    if (unit == "cm") {
        return 1e4;
    }
    if (unit == "m") {
        return 1e6;
    }
    return std::nullopt;
}

// A level must be something the reader decodes: tiled, with one offset and count per tile.
bool usableLevel(const TiffDirectory &d, std::string *why)
{
    const size_t tiles = size_t(d.tilesAcross()) * d.tilesDown();
    if (!d.tiled || d.width == 0 || d.height == 0) {
        *why = "a pyramid level is not tiled";
    } else if (d.tileOffsets.size() != tiles || d.tileByteCounts.size() != tiles) {
        *why = "a pyramid level's tile table is incomplete";
    } else if (int64_t(d.tileWidth) * d.tileHeight > kMaxTilePixels) {
        *why = "tiles of " + std::to_string(d.tileWidth) + " x " + std::to_string(d.tileHeight)
            + " px are larger than OncoView decodes: the file is damaged or not a slide";
    } else if (!TIFFIsCODECConfigured(d.compression)) {
        *why = "compression " + std::to_string(d.compression) + " is not supported by libtiff";
    } else if (d.planarConfig != PLANARCONFIG_CONTIG && !d.isJpegRgbTiled()) {
        *why = "planar (separate-channel) levels are left to OpenSlide";
    } else {
        return true;
    }
    return false;
}

// Finest first, each strictly smaller than the one before (a second directory of the same
// size, e.g. another OME channel or focal plane, is not a pyramid level).
std::vector<TiffDirectory> pyramidOf(std::vector<TiffDirectory> candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const TiffDirectory &a, const TiffDirectory &b) {
                         return uint64_t(a.width) * a.height > uint64_t(b.width) * b.height;
                     });
    std::vector<TiffDirectory> levels;
    for (TiffDirectory &d : candidates) {
        if (levels.empty()
            || (d.width < levels.back().width && d.height < levels.back().height
                && d.samplesPerPixel == levels.front().samplesPerPixel)) {
            levels.push_back(std::move(d));
        }
    }
    return levels;
}

std::string formatted(double value)
{
    std::ostringstream text;
    text << value;
    return text.str();
}

std::string resolutionUnitName(uint16_t unit)
{
    return unit == RESUNIT_INCH ? "inch" : unit == RESUNIT_CENTIMETER ? "centimeter" : "none";
}

// The first directory's descriptive tags, named as OpenSlide names them ("tiff.Software").
void readTiffProperties(TIFF *tiff, std::map<std::string, std::string> &properties)
{
    if (TIFFSetDirectory(tiff, 0) != 1) {
        return;
    }
    const std::pair<uint32_t, const char *> textTags[]
        = {{TIFFTAG_IMAGEDESCRIPTION, "tiff.ImageDescription"},
           {TIFFTAG_MAKE, "tiff.Make"},
           {TIFFTAG_MODEL, "tiff.Model"},
           {TIFFTAG_SOFTWARE, "tiff.Software"},
           {TIFFTAG_DATETIME, "tiff.DateTime"},
           {TIFFTAG_ARTIST, "tiff.Artist"},
           {TIFFTAG_HOSTCOMPUTER, "tiff.HostComputer"},
           {TIFFTAG_COPYRIGHT, "tiff.Copyright"},
           {TIFFTAG_DOCUMENTNAME, "tiff.DocumentName"}};
    for (const auto &[tag, name] : textTags) {
        const char *value = nullptr;
        if (TIFFGetField(tiff, tag, &value) == 1 && value) {
            properties[name] = value;
        }
    }
    float xResolution = 0;
    float yResolution = 0;
    uint16_t unit = RESUNIT_INCH;
    if (TIFFGetField(tiff, TIFFTAG_XRESOLUTION, &xResolution) == 1
        && TIFFGetField(tiff, TIFFTAG_YRESOLUTION, &yResolution) == 1) {
        properties["tiff.XResolution"] = formatted(xResolution);
        properties["tiff.YResolution"] = formatted(yResolution);
        TIFFGetFieldDefaulted(tiff, TIFFTAG_RESOLUTIONUNIT, &unit);
        properties["tiff.ResolutionUnit"] = resolutionUnitName(unit);
    }
}

void classifyAperio(const std::vector<TiffDirectory> &all, TiffLayout &layout)
{
    std::vector<TiffDirectory> tiled;
    for (const TiffDirectory &d : all) {
        if (d.tiled) {
            tiled.push_back(d);
        } else if (d.index == 1) {
            layout.associated.emplace_back("thumbnail", d); // Aperio's second directory
        } else {
            // Label and macro: the second line of the description starts with the name.
            const size_t newline = d.description.find('\n');
            const std::string second
                = newline == std::string::npos ? std::string() : d.description.substr(newline + 1);
            for (const char *name : {"label", "macro"}) {
                if (startsWith(second, name)) {
                    layout.associated.emplace_back(name, d);
                }
            }
        }
    }
    layout.levels = pyramidOf(std::move(tiled));
    const auto fields = aperioFields(all.front().description);
    for (const auto &[key, value] : fields) {
        layout.properties["aperio." + key] = value;
    }
    if (const auto it = fields.find("MPP"); it != fields.end()) {
        if (const auto mpp = number(it->second)) {
            layout.micronsPerPixel = std::make_pair(*mpp, *mpp);
        }
    }
    if (const auto it = fields.find("AppMag"); it != fields.end()) {
        layout.objectivePower = number(it->second);
    }
}

} // namespace

std::map<std::string, std::string> aperioFields(const std::string &description)
{
    std::map<std::string, std::string> fields;
    std::istringstream parts(description);
    std::string part;
    bool first = true;
    while (std::getline(parts, part, '|')) {
        if (first) { // "Aperio Image Library v10.0.51\n46920x33014 [...] JPEG/RGB Q=30"
            first = false;
            continue;
        }
        const size_t equals = part.find(" = ");
        if (equals != std::string::npos) {
            fields[trimmed(part.substr(0, equals))] = trimmed(part.substr(equals + 3));
        }
    }
    return fields;
}

std::optional<std::pair<double, double>> omePhysicalSize(const std::string &omeXml)
{
    const auto x = xmlAttribute(omeXml, "PhysicalSizeX");
    const auto y = xmlAttribute(omeXml, "PhysicalSizeY");
    if (!x || !y) {
        return std::nullopt;
    }
    const auto xScale = micrometresPerUnit(xmlAttribute(omeXml, "PhysicalSizeXUnit").value_or(""));
    const auto yScale = micrometresPerUnit(xmlAttribute(omeXml, "PhysicalSizeYUnit").value_or(""));
    const auto xValue = number(*x);
    const auto yValue = number(*y);
    if (!xScale || !yScale || !xValue || !yValue) {
        return std::nullopt;
    }
    return std::make_pair(*xValue * *xScale, *yValue * *yScale);
}

std::optional<TiffLayout> readTiffLayout(TIFF *tiff, std::string *why)
{
    const std::vector<TiffDirectory> all = readMainDirectories(tiff);
    if (all.empty()) {
        *why = "no readable image directory";
        return std::nullopt;
    }
    const TiffDirectory &first = all.front();
    if (!first.tiled) {
        *why = "the first image is not tiled";
        return std::nullopt;
    }
    TiffLayout layout;
    if (startsWith(first.description, "Aperio")) {
        layout.vendor = "aperio";
        classifyAperio(all, layout);
    } else if (first.description.find("<OME") != std::string::npos) {
        layout.vendor = "ome-tiff";
        // Pyramids of OME-TIFF 6 (QuPath, bfconvert) live in SubIFDs of the full-size image;
        // older writers chain reduced images as main IFDs.
        std::vector<TiffDirectory> candidates = readSubDirectories(tiff, first);
        candidates.insert(candidates.begin(), first);
        if (candidates.size() == 1) {
            candidates = all;
        }
        layout.levels = pyramidOf(std::move(candidates));
        layout.micronsPerPixel = omePhysicalSize(first.description);
    } else {
        layout.vendor = "generic-tiff";
        std::vector<TiffDirectory> tiled;
        std::copy_if(all.begin(), all.end(), std::back_inserter(tiled),
                     [](const TiffDirectory &d) { return d.tiled; });
        layout.levels = pyramidOf(std::move(tiled));
    }
    for (const TiffDirectory &level : layout.levels) {
        if (!usableLevel(level, why)) {
            return std::nullopt;
        }
    }
    readTiffProperties(tiff, layout.properties);
    layout.properties["openslide.vendor"] = layout.vendor;
    if (layout.micronsPerPixel) {
        layout.properties["openslide.mpp-x"] = formatted(layout.micronsPerPixel->first);
        layout.properties["openslide.mpp-y"] = formatted(layout.micronsPerPixel->second);
    }
    if (layout.objectivePower) {
        layout.properties["openslide.objective-power"] = formatted(*layout.objectivePower);
    }
    return layout;
}

} // namespace oncoview::slide::tiff
