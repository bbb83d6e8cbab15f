// SPDX-License-Identifier: Apache-2.0
#pragma once

// Read-edit-write of DICOM files through GDCM (private and binary values survive as they are),
// for the demo study writer and the test-file writers. Internal to oncoview_mri_io.
#include <gdcmDataSet.h>
#include <gdcmVR.h>

#include <filesystem>
#include <functional>
#include <string>

namespace oncoview::mri {

// Reads `from`, lets `edit` change its data set and writes the result to `to`. Throws
// LoadError.
void rewriteDicom(const std::filesystem::path &from, const std::filesystem::path &to,
                  const std::function<void(gdcm::DataSet &)> &edit);

// Sets `tag` to `bytes` (already in the file's encoding and padded to even length) as `vr`.
void putValue(gdcm::DataSet &ds, const gdcm::Tag &tag, gdcm::VR vr, const std::string &bytes);

} // namespace oncoview::mri
