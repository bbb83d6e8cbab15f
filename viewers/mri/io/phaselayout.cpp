// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/phaselayout.h"

#include "viewers/mri/io/dicomtags.h"
#include "viewers/mri/io/seriesgeometry.h"

#include <algorithm>
#include <optional>

namespace oncoview::mri {

namespace {

constexpr uint32_t tag(uint16_t group, uint16_t element)
{
    return (uint32_t(group) << 16) | element;
}

constexpr uint32_t kImageType = tag(0x0008, 0x0008), kAcquisitionTime = tag(0x0008, 0x0032),
                   kContentTime = tag(0x0008, 0x0033), kDescription = tag(0x0008, 0x103e),
                   kSequenceName = tag(0x0018, 0x0024), kTriggerTime = tag(0x0018, 0x1060),
                   kProtocolName = tag(0x0018, 0x1030), kBValue = tag(0x0018, 0x9087),
                   kAcquisitionNumber = tag(0x0020, 0x0012), kInstanceNumber = tag(0x0020, 0x0013),
                   kPosition = tag(0x0020, 0x0032), kOrientation = tag(0x0020, 0x0037),
                   kTemporalPosition = tag(0x0020, 0x0100), kFrames = tag(0x0028, 0x0008),
                   kRows = tag(0x0028, 0x0010), kColumns = tag(0x0028, 0x0011),
                   kPixelSpacing = tag(0x0028, 0x0030);

std::string valueOf(const ListedInstance &instance, uint32_t key)
{
    const auto it = instance.values.find(key);
    return it == instance.values.end() ? std::string() : it->second;
}

std::optional<double> numberOf(const ListedInstance &instance, uint32_t key)
{
    const std::vector<double> v = parseDicomNumbers(valueOf(instance, key));
    return v.empty() ? std::nullopt : std::optional<double>(v.front());
}

template<size_t N>
std::optional<std::array<double, N>> fixedOf(const ListedInstance &instance, uint32_t key)
{
    const std::vector<double> v = parseDicomNumbers(valueOf(instance, key));
    if (v.size() != N) {
        return std::nullopt;
    }
    std::array<double, N> out {};
    std::copy(v.begin(), v.end(), out.begin());
    return out;
}

// The header the scanner would read from the file, as far as the listing tells it; `file` is
// the SOP Instance UID, so the split comes back as UIDs.
DicomHeader headerOf(const ListedInstance &instance)
{
    DicomHeader h;
    h.file = instance.sopInstanceUid;
    h.sopInstanceUid = instance.sopInstanceUid;
    h.imageType = valueOf(instance, kImageType);
    h.description = valueOf(instance, kDescription);
    h.protocolName = valueOf(instance, kProtocolName);
    h.sequenceName = valueOf(instance, kSequenceName);
    h.rows = int(numberOf(instance, kRows).value_or(0));
    h.columns = int(numberOf(instance, kColumns).value_or(0));
    h.numberOfFrames = std::max(1, int(numberOf(instance, kFrames).value_or(1)));
    h.position = fixedOf<3>(instance, kPosition);
    h.orientation = fixedOf<6>(instance, kOrientation);
    h.pixelSpacing = fixedOf<2>(instance, kPixelSpacing);
    h.temporalPosition = numberOf(instance, kTemporalPosition);
    h.acquisitionNumber = numberOf(instance, kAcquisitionNumber);
    h.triggerTime = numberOf(instance, kTriggerTime);
    h.acquisitionTime = dicomTimeOfDay(valueOf(instance, kAcquisitionTime));
    h.contentTime = dicomTimeOfDay(valueOf(instance, kContentTime));
    h.instanceNumber = numberOf(instance, kInstanceNumber);
    h.bValue = numberOf(instance, kBValue);
    return h;
}

constexpr bool asked(uint32_t key)
{
    for (const uint32_t listed : kPhaseLayoutTags) {
        if (listed == key) {
            return true;
        }
    }
    return false;
}

// The archive is asked for every attribute read here.
static_assert(asked(kImageType) && asked(kAcquisitionTime) && asked(kContentTime)
              && asked(kDescription) && asked(kSequenceName) && asked(kTriggerTime)
              && asked(kProtocolName) && asked(kBValue) && asked(kAcquisitionNumber)
              && asked(kInstanceNumber) && asked(kPosition) && asked(kOrientation)
              && asked(kTemporalPosition) && asked(kFrames) && asked(kRows) && asked(kColumns)
              && asked(kPixelSpacing));

} // namespace

std::vector<std::vector<std::string>> phaseLayout(const std::vector<ListedInstance> &instances)
{
    if (instances.size() < 2) {
        return {};
    }
    std::vector<DicomHeader> headers;
    headers.reserve(instances.size());
    for (const ListedInstance &instance : instances) {
        DicomHeader h = headerOf(instance);
        const DicomHeader &first = headers.empty() ? h : headers.front();
        // Positions and one grid are what the split stands on; without them, no guess. (Some
        // archives leave Rows and Columns out of C-FIND answers: all unknown is one grid too.)
        if (h.sopInstanceUid.empty() || !h.position || h.numberOfFrames != 1 || h.rows != first.rows
            || h.columns != first.columns || h.orientation != first.orientation) {
            return {};
        }
        headers.push_back(std::move(h));
    }
    SeriesInfo info;
    buildSeriesGeometry(std::move(headers), info);
    if (info.phases < 2) {
        return {};
    }
    return info.phaseFiles;
}

} // namespace oncoview::mri
