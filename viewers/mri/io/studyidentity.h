// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>

namespace oncoview::mri {

// Who and what the study is, as the files say (UTF-8, DICOM formats kept: dates YYYYMMDD,
// names with '^'); empty for NIfTI. Shown in report headers, never sent to a model.
struct StudyIdentity
{
    std::string patientName, patientId, patientBirthDate, patientSex;
    std::string studyDate, studyDescription, accessionNumber, institution;
    std::string manufacturer, scannerModel;
    std::optional<double> fieldStrengthTesla;
};

} // namespace oncoview::mri
