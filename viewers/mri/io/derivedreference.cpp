// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/derivedreference.h"

#include "viewers/mri/io/gdcmvalues.h"

#include <set>

namespace oncoview::mri {

namespace {

using gdcm::Tag;
using namespace gdcmvalues;

const Tag kPerFrameGroups(0x5200, 0x9230), kReferencedSeries(0x0008, 0x1115);
const Tag kSeriesInstanceUid(0x0020, 0x000e), kSourceImage(0x0008, 0x2112);
const Tag kDerivationImage(0x0008, 0x9124), kReferencedSopInstance(0x0008, 0x1155);

void addSources(const gdcm::DataSet &ds, std::set<std::string> &seen, DerivedReference &ref)
{
    for (const gdcm::DataSet &item : items(ds, kSourceImage)) {
        const std::string uid = text(item, kReferencedSopInstance);
        if (!uid.empty() && seen.insert(uid).second) {
            ref.instanceUids.push_back(uid);
        }
    }
}

} // namespace

DerivedReference readDerivedReference(const gdcm::DataSet &top)
{
    DerivedReference ref;
    std::set<std::string> seen;
    addSources(top, seen, ref);
    for (const gdcm::DataSet &frame : items(top, kPerFrameGroups)) {
        for (const gdcm::DataSet &derivation : items(frame, kDerivationImage)) {
            addSources(derivation, seen, ref);
        }
    }
    if (const auto series = firstItem(top, kReferencedSeries)) {
        ref.seriesUid = text(*series, kSeriesInstanceUid);
    }
    return ref;
}

} // namespace oncoview::mri
